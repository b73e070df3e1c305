package org.leafpress.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;

/** The source's passages, section by section in the source's order. */
record SourcePassages(Map<SectionKey, List<Passage>> bySection) {

    SourcePassages {
        bySection = Collections.unmodifiableMap(new LinkedHashMap<>(bySection));
    }

    /** The passages of every section of {@code source} that has any. */
    static SourcePassages of(Leaflet source, AnchorVocabulary vocabulary) {
        Map<SectionKey, List<Passage>> sections = new LinkedHashMap<>();
        String file = source.source() == null ? "" : source.source().file();
        for (Section section : source.sections()) {
            List<Passage> passages = Passage.of(section, file, source.language(), vocabulary);
            if (!passages.isEmpty()) sections.merge(section.key(), passages, SourcePassages::concat);
        }
        return new SourcePassages(inReadingOrder(sections));
    }

    /**
     * A plain text's sections in the order its lines tell them: the normaliser puts a section
     * told early back in the vocabulary's order, but a translation follows the text as written.
     * A PDF's lines are not in reading order; its sections stay as the model has them.
     */
    private static Map<SectionKey, List<Passage>> inReadingOrder(Map<SectionKey, List<Passage>> sections) {
        boolean lines = sections.values().stream().flatMap(List::stream)
                .allMatch(p -> p.block().from().page() == 0 && p.block().from().firstLine() > 0);
        if (!lines) return sections;
        List<Map.Entry<SectionKey, List<Passage>>> entries = new ArrayList<>(sections.entrySet());
        entries.sort(java.util.Comparator.comparingInt(e -> e.getValue().get(0).block().from().firstLine()));
        Map<SectionKey, List<Passage>> ordered = new LinkedHashMap<>();
        for (Map.Entry<SectionKey, List<Passage>> e : entries) ordered.put(e.getKey(), e.getValue());
        return ordered;
    }

    List<SectionKey> keys() {
        return List.copyOf(bySection.keySet());
    }

    boolean has(SectionKey key) {
        return bySection.containsKey(key);
    }

    List<Passage> in(SectionKey key) {
        return bySection.getOrDefault(key, List.of());
    }

    List<Anchors> allAnchors() {
        List<Anchors> all = new ArrayList<>();
        for (List<Passage> passages : bySection.values()) for (Passage p : passages) all.add(p.anchors());
        return all;
    }

    private static List<Passage> concat(List<Passage> a, List<Passage> b) {
        List<Passage> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
