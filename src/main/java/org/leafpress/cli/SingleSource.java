package org.leafpress.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.PdfLayoutReader;
import org.leafpress.extract.SourceReader;
import org.leafpress.extract.SourceUnreadableException;
import org.leafpress.model.Leaflet;
import org.leafpress.normalise.Normaliser;

/** One source file read on its own, outside any leaflet folder: what extract and detect look at. */
final class SingleSource {

    private final Path file;
    private final ExtractedDocument document;

    private SingleSource(Path file, ExtractedDocument document) {
        this.file = file;
        this.document = document;
    }

    /** Reads {@code file}; a missing file is a usage error (exit 2), a broken one a content error (1). */
    static SingleSource read(Path file, CommonOptions command) throws SourceUnreadableException {
        if (!Files.isRegularFile(file)) throw command.usage(file + ": no such file");
        return new SingleSource(file, new SourceReader(new PdfLayoutReader()).read(file, Optional.empty()));
    }

    ExtractedDocument document() {
        return document;
    }

    /** The model of the file, as leaflet {@code id} in {@code language}, languages not yet detected. */
    Leaflet modelOf(Path templates, String id, String language) {
        return Normaliser.fromTemplates(templates).normalise(document, id, language);
    }

    /** The leaflet id a file would have as a leaflet of its own: its name, as a key. */
    String id() {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return org.leafpress.model.SectionKey.slugOf(name).value();
    }
}
