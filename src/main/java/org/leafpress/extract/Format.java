package org.leafpress.extract;

import java.util.Map;
import java.util.Set;
import org.apache.tika.mime.MediaType;

/** The kinds of source leafpress reads, each with its own reader. */
enum Format {
    PDF, TEXT, MARKUP, UNSUPPORTED;

    static final MediaType DOCX = MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document");
    static final MediaType ODT = MediaType.application("vnd.oasis.opendocument.text");
    private static final MediaType XHTML = MediaType.application("xhtml+xml");

    // Listed, not inferred from Tika's type tree: there, RTF, CSV and source code are text too.
    private static final Set<MediaType> TEXT_TYPES = Set.of(MediaType.TEXT_PLAIN, MediaType.text("markdown"),
            MediaType.text("x-web-markdown"));
    private static final Set<MediaType> MARKUP_TYPES = Set.of(MediaType.TEXT_HTML, XHTML, DOCX, ODT);

    private static final Map<MediaType, String> DESCRIPTIONS = Map.of(
            MediaType.application("pdf"), "a PDF",
            MediaType.TEXT_HTML, "a web page",
            XHTML, "a web page",
            DOCX, "a Word document",
            ODT, "an OpenDocument text");

    /** The format of a media type as Tika names it. */
    static Format of(MediaType type) {
        MediaType base = type.getBaseType();
        if (base.equals(MediaType.application("pdf"))) return PDF;
        if (TEXT_TYPES.contains(base)) return TEXT;
        if (MARKUP_TYPES.contains(base)) return MARKUP;
        return UNSUPPORTED;
    }

    /** How a message names a file of this type: "a PDF", "text", "a Word document". */
    static String describe(MediaType type) {
        if (of(type) == TEXT) return "text";
        return DESCRIPTIONS.getOrDefault(type.getBaseType(), type.getBaseType().toString());
    }

    /** Whether two types are the same kind of document to an editor (Markdown is text, XHTML a web page). */
    static boolean isSameKind(MediaType a, MediaType b) {
        return describe(a).equals(describe(b));
    }
}
