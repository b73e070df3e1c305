package org.leafpress.extract;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;
import org.leafpress.model.SourceRef;

/** Reads one file format into lines. One implementation a format; none knows the model's structure. */
public interface DocumentReader {

    /**
     * Reads {@code file}. {@code declaredCharset} is the manifest's word on a text file's encoding,
     * when it said one.
     *
     * @throws SourceUnreadableException when the file cannot be read; its message names the file,
     *     says why, and what to do
     */
    ExtractedDocument read(Path file, SourceRef source, Optional<Charset> declaredCharset)
            throws SourceUnreadableException;
}
