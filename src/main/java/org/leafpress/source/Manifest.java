package org.leafpress.source;

import java.util.List;
import java.util.Map;
import org.leafpress.model.Edition;
import org.leafpress.model.PrintOptions;

/**
 * What a leaflet's {@code leaflet.yaml} says. Empty strings and lists where it says nothing; the
 * build infers those and reports the inference.
 *
 * @param reviewed when the text was last reviewed ({@code yyyy-MM[-dd]}); the edition date if empty
 * @param drafts languages whose translation is work in progress: published, never a parity gate
 * @param pins   a document ({@code fr/x.txt}) or paragraph ({@code fr/x.txt#3}) to the section key
 *               it translates; a pin wins over alignment
 * @param titles        the title in a translation's language, when the translation does not state it
 * @param editionLabels the edition's label ("Première édition") in a translation's language
 * @param print how the leaflet is printed ({@code pageSize:}, {@code print: {bleed, booklet}})
 * @param fallBackToSource {@code partial: fallback}: a translation's missing sections are published
 *               in the source language (marked with its language) instead of being left out
 */
public record Manifest(String title, String sourceLanguage, Edition edition, String reviewed, String publisher,
        List<String> partners, List<Entry> documents, List<String> drafts, List<SectionPin> pins,
        boolean fallBackToSource, PrintOptions print, Map<String, String> titles, Map<String, String> editionLabels) {

    /** One listed document. {@code file} is relative to the leaflet's folder. */
    public record Entry(String file, String language, DocumentRole role, String charset) {}

    public static final Manifest NONE = new Manifest("", "", Edition.UNKNOWN, "", "", List.of(), List.of(), List.of(), List.of(), false,
            PrintOptions.DEFAULTS, Map.of(), Map.of());

    public Manifest {
        title = title == null ? "" : title;
        sourceLanguage = sourceLanguage == null ? "" : sourceLanguage;
        edition = edition == null ? Edition.UNKNOWN : edition;
        reviewed = reviewed == null ? "" : reviewed;
        publisher = publisher == null ? "" : publisher;
        partners = List.copyOf(partners);
        documents = List.copyOf(documents);
        drafts = List.copyOf(drafts);
        print = print == null ? PrintOptions.DEFAULTS : print;
        titles = Map.copyOf(titles);
        editionLabels = Map.copyOf(editionLabels);
        pins = List.copyOf(pins);
    }
}
