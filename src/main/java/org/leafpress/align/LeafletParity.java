package org.leafpress.align;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Every translation of one leaflet against its source language. */
@JsonPropertyOrder({"leaflet", "sourceLanguage", "translations"})
public record LeafletParity(String leaflet, String sourceLanguage, List<TranslationParity> translations) {

    public LeafletParity {
        translations = List.copyOf(translations);
    }
}
