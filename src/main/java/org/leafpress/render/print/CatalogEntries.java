package org.leafpress.render.print;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Writes the document language into the PDF catalog ({@code /Lang}), which screen readers use to
 * pick a voice, and asks viewers to show the title rather than the file name.
 */
final class CatalogEntries extends DefaultPDFCreationListener {

    private final String language;

    CatalogEntries(String language) {
        this.language = language;
    }

    @Override
    public void preOpen(ITextRenderer renderer) {
        PdfWriter writer = renderer.getWriter();
        // OpenPDF's Document.setDocumentLanguage is not written by this path; the extra catalog is.
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(language));
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
    }
}
