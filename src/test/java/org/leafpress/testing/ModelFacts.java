package org.leafpress.testing;

import java.util.List;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Section;

/** What the tests compare in a model: its section keys, its warnings' codes, a section's paragraphs. */
public final class ModelFacts {

    private ModelFacts() {}

    /** The canonical keys of the sections, in order. */
    public static List<String> keys(Leaflet leaflet) {
        return leaflet.sections().stream().map(s -> s.key().value()).toList();
    }

    /** The warnings' codes as build.json writes them, in order. */
    public static List<String> codes(Leaflet leaflet) {
        return leaflet.warnings().stream().map(w -> w.code().code()).toList();
    }

    /** The text of each paragraph of {@code section}, in order. */
    public static List<String> texts(Section section) {
        return section.paragraphs().stream().map(Paragraph::text).toList();
    }
}
