package org.leafpress.source;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One document of a leaflet.
 *
 * @param file     where it is on disk
 * @param shown    its path as reports show it ({@code sources/<leaflet>/<lang>/<file>})
 * @param language its language as the manifest or its folder declares it
 * @param role     original or translation
 * @param charset  the encoding the manifest declares for a text file, if it does
 */
public record SourceDocument(Path file, String shown, String language, DocumentRole role, Optional<Charset> charset) {}
