package org.leafpress.render;

import java.util.List;
import java.util.Optional;
import org.leafpress.model.Leaflet;

/**
 * A leaflet as it is to be published: its model, the partner organisations the cover credits, and,
 * for a translation that does not yet cover the whole leaflet, the language of the original.
 */
public record Publication(Leaflet leaflet, List<String> partners, Optional<String> partialTranslationOf) {

    public Publication {
        partners = List.copyOf(partners);
        partialTranslationOf = partialTranslationOf == null ? Optional.empty() : partialTranslationOf;
    }

    /** A complete leaflet with no partners. */
    public static Publication of(Leaflet leaflet) {
        return new Publication(leaflet, List.of(), Optional.empty());
    }

    /** This publication with the partners the cover credits. */
    public Publication withPartners(List<String> newPartners) {
        return new Publication(leaflet, newPartners, partialTranslationOf);
    }

    /** This publication marked as a partial translation of the leaflet in {@code sourceLanguage}. */
    public Publication asPartialTranslationOf(String sourceLanguage) {
        return new Publication(leaflet, partners, Optional.of(sourceLanguage));
    }

    /** Whether some sections of the original are not translated yet. */
    public boolean isPartial() {
        return partialTranslationOf.isPresent();
    }
}
