package org.leafpress.testing;



import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** A PDF read back as a reader's software reads it: the text of each page. */
public final class PdfText {

    private PdfText() {}

    /** The text of every page, first page first. */
    public static List<String> pagesOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a line of {@code pageText} is exactly {@code words}. */
    public static boolean hasLine(String pageText, String words) {
        return pageText.lines().map(String::strip).anyMatch(words::equals);
    }
}
