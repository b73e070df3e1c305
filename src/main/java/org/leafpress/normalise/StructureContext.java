package org.leafpress.normalise;

/**
 * What a structure reader knows besides the document: whose leaflet it is, the language the
 * document is in (declared or detected), and the vocabularies to read it with.
 */
public record StructureContext(String leafletId, String language, HeadingVocabulary headings,
        PageFurniture furniture) {}
