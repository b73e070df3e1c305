package org.leafpress.align;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.leafpress.model.SectionKey;

/**
 * Source paragraphs and the translated paragraphs that render them, within one section: the rows
 * of a side-by-side view. Numbers are 1-based positions among the section's paragraphs (lists,
 * glossary terms and notes count as paragraphs; figures do not), on each side.
 *
 * @param confidence how probable the aligner finds this link, between 0 and 1
 * @param sourceWhere      the file and place of each source paragraph
 * @param translationWhere the file and place of each translated paragraph
 */
@JsonPropertyOrder({"kind", "source", "translation", "confidence", "sourceText", "translationText", "sourceWhere",
        "translationWhere"})
public record AlignmentLink(@JsonIgnore SectionKey key, LinkKind kind, List<Integer> source,
        List<Integer> translation, double confidence, List<String> sourceText, List<String> translationText,
        List<String> sourceWhere, List<String> translationWhere) {

    public AlignmentLink {
        source = List.copyOf(source);
        translation = List.copyOf(translation);
        sourceText = List.copyOf(sourceText);
        translationText = List.copyOf(translationText);
        sourceWhere = List.copyOf(sourceWhere);
        translationWhere = List.copyOf(translationWhere);
        // Three decimals: enough to rank links, and the same figure on every machine.
        confidence = Math.round(confidence * 1000) / 1000.0;
    }
}
