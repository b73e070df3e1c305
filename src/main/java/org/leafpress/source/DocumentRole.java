package org.leafpress.source;

/** A document's part in its leaflet: the source-language original, or a translation of it. */
public enum DocumentRole {
    ORIGINAL, TRANSLATION;

    static DocumentRole parse(String word) {
        return "translation".equalsIgnoreCase(word) ? TRANSLATION : ORIGINAL;
    }
}
