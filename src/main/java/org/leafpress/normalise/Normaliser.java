package org.leafpress.normalise;

import java.nio.file.Path;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.model.Leaflet;
import org.leafpress.normalise.layout.LayoutStructure;

/** Chooses the structure reader for what a document's lines carry (layout, markup, plain text). */
public final class Normaliser {

    private final HeadingVocabulary headings;
    private final PageFurniture furniture;

    public Normaliser(HeadingVocabulary headings, PageFurniture furniture) {
        this.headings = headings;
        this.furniture = furniture;
    }

    /** A normaliser with the vocabularies in {@code templates/vocabulary/}. */
    public static Normaliser fromTemplates(Path templates) {
        Path vocabulary = templates.resolve("vocabulary");
        return new Normaliser(HeadingVocabulary.load(vocabulary.resolve("sections.yaml")),
                PageFurniture.load(vocabulary.resolve("furniture.yaml")));
    }

    /** The model of one document of leaflet {@code leafletId}, in {@code language}. */
    public Leaflet normalise(ExtractedDocument document, String leafletId, String language) {
        StructureContext context = new StructureContext(leafletId, language, headings, furniture);
        StructureReader reader = switch (document.kind()) {
            case PDF_LAYOUT -> new LayoutStructure();
            case MARKUP -> new MarkupStructure();
            case PLAIN_TEXT -> new TextStructure();
        };
        return reader.read(document, context);
    }
}
