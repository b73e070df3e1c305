package org.leafpress.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.leafpress.model.Block;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.normalise.HeadingVocabulary;

/**
 * A partial translation published with the source's text where it has none of its own
 * ({@code partial: fallback} in the manifest): each missing section comes from the source, in
 * the source's order, its paragraphs marked with the source's language so pages mark them too.
 * The heading is left empty so the page titles it in the translation's language.
 */
final class SourceFallback {

    private SourceFallback() {}

    static Leaflet fill(Leaflet translation, Leaflet source) {
        return fill(translation, source, key -> true);
    }

    /**
     * Only the must-carry sections ({@code mustCarry: true} in {@code sections.yaml}: the disclaimer,
     * the helpline) that the translation lacks come from the source: a patient reading any edition
     * is told where to get help, whatever {@code partial:} says.
     */
    static Leaflet mustCarry(Leaflet translation, Leaflet source, HeadingVocabulary vocabulary) {
        return fill(translation, source, vocabulary::isMustCarry);
    }

    private static Leaflet fill(Leaflet translation, Leaflet source, Predicate<SectionKey> carried) {
        if (translation == source) return translation;
        List<Section> out = new ArrayList<>();
        for (Section s : source.sections()) {
            Optional<Section> own = translation.section(s.key());
            if (own.isPresent()) out.add(own.get());
            else if (carried.test(s.key())) out.add(new Section(s.key(), "", inLanguage(s.blocks(), source.language())));
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
