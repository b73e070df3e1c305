package org.leafpress.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One document of a leaflet in one language: the model every reader produces and every writer
 * consumes. Its JSON form is the contract in {@code docs/contracts.md}.
 */
@JsonPropertyOrder({"leaflet", "language", "detectedLanguage", "title", "edition", "publisher", "copyright",
        "attribution", "source", "sections", "warnings"})
public record Leaflet(
        @JsonProperty("leaflet") String id,
        String language,
        DetectedLanguage detectedLanguage,
        String title,
        Edition edition,
        String publisher,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String copyright,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String attribution,
        SourceRef source,
        List<Section> sections,
        List<Warning> warnings) {

    public Leaflet {
        title = title == null ? "" : title;
        publisher = publisher == null ? "" : publisher;
        copyright = copyright == null ? "" : copyright;
        attribution = attribution == null ? "" : attribution;
        edition = edition == null ? Edition.UNKNOWN : edition;
        detectedLanguage = detectedLanguage == null ? DetectedLanguage.UNKNOWN : detectedLanguage;
        sections = List.copyOf(sections);
        warnings = List.copyOf(warnings);
    }

    public Optional<Section> section(SectionKey key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    public Leaflet withSections(List<Section> newSections) {
        return new Leaflet(id, language, detectedLanguage, title, edition, publisher, copyright, attribution, source,
                newSections, warnings);
    }

    public Leaflet withWarnings(List<Warning> more) {
        List<Warning> all = new ArrayList<>(warnings);
        all.addAll(more);
        return new Leaflet(id, language, detectedLanguage, title, edition, publisher, copyright, attribution, source,
                sections, all);
    }

    public Leaflet withDetectedLanguage(DetectedLanguage detected) {
        return new Leaflet(id, language, detected, title, edition, publisher, copyright, attribution, source, sections,
                warnings);
    }

    public Leaflet withIdentity(String newId, String lang, String newTitle, Edition newEdition, String newPublisher,
            String newCopyright) {
        return new Leaflet(newId, lang, detectedLanguage, newTitle, newEdition, newPublisher, newCopyright, attribution, source,
                sections, warnings);
    }
}
