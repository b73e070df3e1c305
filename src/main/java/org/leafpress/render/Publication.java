package org.leafpress.render;

import java.util.List;
import java.util.Optional;
import org.leafpress.model.Leaflet;

/**
 * A leaflet as it is to be published: its model, the partner organisations the cover credits, and,
 * for a translation that does not yet cover the whole leaflet, the language of the original.
 *
 * @param reviewed when the leaflet's content was last reviewed ({@code yyyy}, {@code yyyy-MM} or
 *     {@code yyyy-MM-dd}); empty means the edition date, as a new edition is a reviewed one
 * @param titleLanguage the language the title and edition label are written in, when it is not the
 *     leaflet's own (a French page whose title comes from the English manifest says {@code en});
 *     empty means the leaflet's language
 */
public record Publication(Leaflet leaflet, List<String> partners, Optional<String> partialTranslationOf,
        String reviewed, String titleLanguage) {

    public Publication {
        partners = List.copyOf(partners);
        partialTranslationOf = partialTranslationOf == null ? Optional.empty() : partialTranslationOf;
        reviewed = reviewed == null ? "" : reviewed.strip();
        titleLanguage = titleLanguage == null ? "" : titleLanguage.strip();
    }

    /** A publication reviewed when its edition was dated, with its title in its own language. */
    public Publication(Leaflet leaflet, List<String> partners, Optional<String> partialTranslationOf) {
        this(leaflet, partners, partialTranslationOf, "", "");
    }

    /** A complete leaflet with no partners. */
    public static Publication of(Leaflet leaflet) {
        return new Publication(leaflet, List.of(), Optional.empty());
    }

    /** This publication with the partners the cover credits. */
    public Publication withPartners(List<String> newPartners) {
        return new Publication(leaflet, newPartners, partialTranslationOf, reviewed, titleLanguage);
    }

    /** This publication marked as a partial translation of the leaflet in {@code sourceLanguage}. */
    public Publication asPartialTranslationOf(String sourceLanguage) {
        return new Publication(leaflet, partners, Optional.of(sourceLanguage), reviewed, titleLanguage);
    }

    /** This publication last reviewed on {@code date} ({@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}). */
    public Publication withReviewed(String date) {
        return new Publication(leaflet, partners, partialTranslationOf, date, titleLanguage);
    }

    /** This publication with its title and edition label written in {@code language}. */
    public Publication withTitleLanguage(String language) {
        return new Publication(leaflet, partners, partialTranslationOf, reviewed, language);
    }

    /** Whether some sections of the original are not translated yet. */
    public boolean isPartial() {
        return partialTranslationOf.isPresent();
    }

    /** When the content was last reviewed: the date given, else the edition date (empty if neither). */
    public String lastReviewed() {
        return reviewed.isEmpty() ? leaflet.edition().date().strip() : reviewed;
    }

    /**
     * The language to mark the title and edition label with, or empty when they are in the page's
     * own language ({@code en-GB} on an {@code en} page counts as the same).
     */
    public String foreignTitleLanguage() {
        if (titleLanguage.isEmpty()) return "";
        return Languages.sameLanguage(titleLanguage, leaflet.language()) ? "" : titleLanguage;
    }
}
