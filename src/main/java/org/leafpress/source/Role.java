package org.leafpress.source;

/** A document's part in its leaflet: the source-language original, or a translation of it. */
public enum Role {
    ORIGINAL, TRANSLATION;

    static Role parse(String word) {
        return "translation".equalsIgnoreCase(word) ? TRANSLATION : ORIGINAL;
    }
}
