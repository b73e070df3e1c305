package org.leafpress.align;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.leafpress.model.SectionKey;

/**
 * How one section of a translation follows the source's section with the same key.
 *
 * @param sourceParagraphs      paragraphs (with lists, glossary terms, notes) in the source section
 * @param translationParagraphs the same in the translation's
 * @param lengthRatio           the translation's characters per source character; absent when either side is empty
 * @param confidence            the mean confidence of the section's links; absent when it has none
 * @param links                 source paragraphs and their translations, for a side-by-side view
 * @param sourceChanges         when stale, the source's words since the translation was accepted
 * @param optional              a section a translation need not have (parity.yaml's notForTranslation)
 * @param sourceHeading         the source section's heading as printed
 * @param translationHeading    the translation's heading, when it wrote one
 * @param sourceText            when missing, the source section's paragraphs: what there is to translate
 */
@JsonPropertyOrder({"key", "status", "optional", "sourceParagraphs", "translationParagraphs", "lengthRatio", "confidence",
        "findings", "links", "sourceChanges", "sourceHeading", "translationHeading", "sourceText"})
public record SectionParity(
        SectionKey key,
        ParityStatus status,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean optional,
        int sourceParagraphs,
        int translationParagraphs,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double lengthRatio,
        @JsonInclude(JsonInclude.Include.NON_NULL) Double confidence,
        List<ParityFinding> findings,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<AlignmentLink> links,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<WordChange> sourceChanges,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String sourceHeading,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String translationHeading,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> sourceText) {

    public SectionParity {
        findings = List.copyOf(findings);
        links = List.copyOf(links);
        sourceChanges = List.copyOf(sourceChanges);
        sourceHeading = sourceHeading == null ? "" : sourceHeading;
        translationHeading = translationHeading == null ? "" : translationHeading;
        sourceText = sourceText == null ? List.of() : List.copyOf(sourceText);
    }

    /** A section's parity without its headings or source text. */
    public SectionParity(SectionKey key, ParityStatus status, boolean optional, int sourceParagraphs,
            int translationParagraphs, Double lengthRatio, Double confidence, List<ParityFinding> findings,
            List<AlignmentLink> links, List<WordChange> sourceChanges) {
        this(key, status, optional, sourceParagraphs, translationParagraphs, lengthRatio, confidence, findings, links,
                sourceChanges, "", "", List.of());
    }

    /** The same, with the headings on both sides and, when missing, the source text to translate. */
    SectionParity described(String source, String translation, List<String> text) {
        return new SectionParity(key, status, optional, sourceParagraphs, translationParagraphs, lengthRatio, confidence,
                findings, links, sourceChanges, source, translation, status == ParityStatus.MISSING ? text : List.of());
    }

    /** The findings with this code. */
    public List<ParityFinding> findings(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }
}
