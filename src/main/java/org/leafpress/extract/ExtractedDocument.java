package org.leafpress.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.leafpress.model.SourceRef;
import org.leafpress.model.Warning;

/**
 * The text of one source file before any structure is inferred: its lines in reading order, what
 * the file's own metadata says (PDF title, author...), and anything the reader had to assume.
 *
 * @param kind how the lines were found, which tells the normaliser what it can trust
 */
public record ExtractedDocument(Path file, SourceRef source, Kind kind, List<TextLine> lines,
        Map<String, String> metadata, List<Warning> warnings) {

    /** What the lines carry. */
    public enum Kind {
        /**
         * Lines with font sizes and positions from a PDF's layout; in a tagged PDF, also the block
         * and role its structure tree gives each line, for the normaliser to weigh against the layout.
         */
        PDF_LAYOUT,
        /** Lines whose roles come from markup (HTML, DOCX, ODT). */
        MARKUP,
        /** Plain text lines; blank lines separate paragraphs. */
        PLAIN_TEXT
    }

    public ExtractedDocument {
        lines = List.copyOf(lines);
        metadata = Map.copyOf(metadata);
        warnings = List.copyOf(warnings);
    }
}
