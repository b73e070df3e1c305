package org.leafpress.publish;

import java.util.ArrayList;
import java.util.List;
import org.leafpress.model.Block;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;

/**
 * A partial translation published with the source's text where it has none of its own
 * ({@code partial: fallback} in the manifest): each missing section comes from the source, in
 * the source's order, its paragraphs marked with the source's language so pages mark them too.
 * The heading is left empty so the page titles it in the translation's language.
 */
final class SourceFallback {

    private SourceFallback() {}

    static Leaflet fill(Leaflet translation, Leaflet source) {
        if (translation == source) return translation;
        List<Section> out = new ArrayList<>();
        for (Section s : source.sections()) {
            out.add(translation.section(s.key()).orElseGet(() -> new Section(s.key(), "", inLanguage(s.blocks(),
                    source.language()))));
        }
        for (Section s : translation.sections()) {
            if (source.section(s.key()).isEmpty() && !s.key().equals(SectionKey.UNASSIGNED)) out.add(s);
        }
        translation.section(SectionKey.UNASSIGNED).ifPresent(out::add);
        return translation.withSections(out);
    }

    private static List<Block> inLanguage(List<Block> blocks, String language) {
        return blocks.stream().map(b -> b instanceof Paragraph p && p.language().isEmpty() ? p.withLanguage(language)
                : b).toList();
    }
}
