package org.leafpress.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Checks that a PDF can be read at all before a reader lays it out, so that a damaged or locked
 * PDF gets the same message whichever reader would have read it.
 */
final class PdfIntegrity {

    /** The spec lets a reader look for the end marker in the last 1024 bytes only. */
    private static final int END_MARKER_WINDOW = 1024;

    private PdfIntegrity() {}

    /** Returns quietly when {@code bytes}, the contents of {@code file}, are a PDF that opens. */
    static void check(Path file, byte[] bytes) throws SourceUnreadableException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() == 0) {
                throw new SourceUnreadableException(file, "the PDF has no pages; export it again from the design program");
            }
        } catch (InvalidPasswordException e) {
            throw new SourceUnreadableException(file, "the PDF is password-protected; export it again without a "
                    + "password to open it (restrictions on printing or copying are fine)");
        } catch (IOException e) {
            throw damaged(file, String.valueOf(e.getMessage()).strip().replaceAll("\\.$", ""));
        }
        // PDFBox mends what it can, and a PDF cut short often still opens with its last pages
        // missing; only the end marker tells.
        if (!hasEndMarker(bytes)) {
            throw damaged(file, "it stops before its end marker, so it was cut short");
        }
    }

    private static boolean hasEndMarker(byte[] bytes) {
        int from = Math.max(0, bytes.length - END_MARKER_WINDOW);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        return tail.contains("%%EOF");
    }

    private static SourceUnreadableException damaged(Path file, String reason) {
        return new SourceUnreadableException(file, "the PDF is damaged or incomplete (" + reason + "); "
                + "export it again from the design program, or copy it again if it came by e-mail or download");
    }
}
