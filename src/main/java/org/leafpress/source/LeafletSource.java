package org.leafpress.source;

import java.nio.file.Path;
import java.util.List;
import org.leafpress.model.Warning;

/**
 * A leaflet's folder as found in {@code sources/}: its id, manifest, documents, and what had to be
 * inferred because the manifest did not say it.
 */
public record LeafletSource(String id, Path folder, Manifest manifest, String sourceLanguage,
        List<SourceDocument> documents, List<Warning> inferences) {

    public LeafletSource {
        documents = List.copyOf(documents);
        inferences = List.copyOf(inferences);
    }

    /** The languages of this leaflet, the source language first. */
    public List<String> languages() {
        return documents.stream().map(SourceDocument::language).distinct()
                .sorted((a, b) -> a.equals(sourceLanguage) ? -1 : b.equals(sourceLanguage) ? 1 : a.compareTo(b))
                .toList();
    }

    public List<SourceDocument> documentsIn(String language) {
        return documents.stream().filter(d -> d.language().equals(language)).toList();
    }

    /** Where the translator's accepted fingerprints for {@code language} live. */
    public Path lockFile(String language) {
        return folder.resolve(language).resolve("translation.lock");
    }
}
