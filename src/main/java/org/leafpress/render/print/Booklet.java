package org.leafpress.render.print;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.leafpress.render.RenderException;

/**
 * A leaflet imposed for an office printer (PDFBox): two pages side by side on each side of an A4
 * landscape sheet, in saddle-stitch order. Printed double-sided (flip on the short edge), the
 * sheets stacked, folded down the middle and stapled, they read in order. For 8 pages the sides
 * are 8|1, 2|7, 6|3, 4|5.
 */
final class Booklet {

    private Booklet() {}

    /**
     * The page numbers (1-based; 0 for a blank) on each sheet side, left then right, for
     * {@code pages} pages; a count that is not a multiple of 4 is made up with blanks at the end.
     */
    static int[][] order(int pages) {
        int padded = pages + PageSize.paddingFor(pages, 4);
        int[][] sides = new int[padded / 2][];
        for (int sheet = 0; sheet < padded / 4; sheet++) {
            int outer = padded - 2 * sheet;
            int inner = 1 + 2 * sheet;
            sides[2 * sheet] = new int[] {blankPast(outer, pages), blankPast(inner, pages)};
            sides[2 * sheet + 1] = new int[] {blankPast(inner + 1, pages), blankPast(outer - 1, pages)};
        }
        return sides;
    }

    private static int blankPast(int page, int pages) {
        return page > pages ? 0 : page;
    }

    /** The booklet of the finished plain PDF {@code plain}, finished by {@code finisher}. */
    static byte[] impose(byte[] plain, PrintGeometry geometry, PdfFinisher finisher) {
        try (PDDocument source = Loader.loadPDF(plain); PDDocument booklet = new PDDocument()) {
            LayerUtility layers = new LayerUtility(booklet);
            int pages = source.getNumberOfPages();
            PDFormXObject[] forms = new PDFormXObject[pages + 1];
            for (int i = 0; i < pages; i++) forms[i + 1] = layers.importPageAsForm(source, i);
            float width = (float) geometry.sheetWidth().points();
            float height = (float) geometry.sheetHeight().points();
            for (int[] side : order(pages)) {
                PDPage sheet = new PDPage(new PDRectangle(width, height));
                booklet.addPage(sheet);
                try (PDPageContentStream content = new PDPageContentStream(booklet, sheet)) {
                    place(content, forms[side[0]], 0, width / 2, height);
                    place(content, forms[side[1]], width / 2, width / 2, height);
                }
                sheet.setTrimBox(sheet.getMediaBox());
            }
            copyDocumentFacts(source, booklet);
            return finisher.finish(booklet);
        } catch (IOException e) {
            throw new RenderException("booklet", "the booklet cannot be imposed: " + e.getMessage(), e);
        }
    }

    /** {@code form} scaled to fit (never up) and centred in the half sheet that starts at {@code x}. */
    private static void place(PDPageContentStream content, PDFormXObject form, float x, float width, float height)
            throws IOException {
        if (form == null) return;
        PDRectangle box = form.getBBox();
        float scale = Math.min(1f, Math.min(width / box.getWidth(), height / box.getHeight()));
        float dx = x + (width - box.getWidth() * scale) / 2 - box.getLowerLeftX() * scale;
        float dy = (height - box.getHeight() * scale) / 2 - box.getLowerLeftY() * scale;
        content.saveGraphicsState();
        content.transform(new Matrix(scale, 0, 0, scale, dx, dy));
        content.drawForm(form);
        content.restoreGraphicsState();
    }

    /** The title, author, subject, keywords, producer, language and viewer preferences of the leaflet. */
    private static void copyDocumentFacts(PDDocument source, PDDocument booklet) {
        PDDocumentInformation from = source.getDocumentInformation();
        PDDocumentInformation to = booklet.getDocumentInformation();
        to.setTitle(from.getTitle());
        to.setAuthor(from.getAuthor());
        to.setSubject(from.getSubject());
        to.setKeywords(from.getKeywords());
        to.setProducer(from.getProducer());
        booklet.getDocumentCatalog().setLanguage(source.getDocumentCatalog().getLanguage());
        var preferences = source.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.VIEWER_PREFERENCES);
        if (preferences != null) {
            booklet.getDocumentCatalog().getCOSObject().setItem(COSName.VIEWER_PREFERENCES, preferences);
        }
    }
}
