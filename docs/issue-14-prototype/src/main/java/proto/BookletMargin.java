package proto;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * The office booklet with a printable margin (a sketch of what Booklet.impose could do): each A5
 * page is scaled to fit its half of the A4 landscape sheet inside a margin that office printers
 * can print (5 mm at the sheet's edges; none at the fold, which is not an edge), with a strip at
 * the foot for one line of instructions, and fold ticks at the centre of the top and bottom edges.
 * Pages sit against the fold so the spread reads as one; the leftover space goes to the outside.
 *
 * args: plain.pdf out.pdf fontsDir [lang]
 */
public final class BookletMargin {

    static final float MM = 72f / 25.4f;

    public static void main(String[] args) throws Exception {
        String lang = args.length > 3 ? args[3] : "en";
        try (PDDocument source = Loader.loadPDF(new File(args[0])); PDDocument booklet = new PDDocument()) {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(Path.of(args[2], "Carlito-Regular.ttf").toFile()));
            ttf.setEnableGsub(false);
            PDType0Font font = PDType0Font.load(booklet, ttf, true);
            LayerUtility layers = new LayerUtility(booklet);
            int pages = source.getNumberOfPages();
            PDFormXObject[] forms = new PDFormXObject[pages + 1];
            for (int i = 0; i < pages; i++) forms[i + 1] = layers.importPageAsForm(source, i);
            float width = 297 * MM, height = 210 * MM;
            float edge = 5 * MM, strip = 4 * MM;      // printable margin; instruction strip above the bottom margin
            int[][] sides = order(pages);
            for (int s = 0; s < sides.length; s++) {
                PDPage sheet = new PDPage(new PDRectangle(width, height));
                booklet.addPage(sheet);
                try (PDPageContentStream cs = new PDPageContentStream(booklet, sheet)) {
                    float halfW = width / 2 - edge;        // from the outer margin to the fold
                    float boxH = height - 2 * edge - strip; // above the strip, below the top margin
                    place(cs, forms[sides[s][0]], width / 2, halfW, edge + strip, boxH, true);
                    place(cs, forms[sides[s][1]], width / 2, halfW, edge + strip, boxH, false);
                    // fold ticks (in the margin, K only)
                    cs.setStrokingColor(0f, 0f, 0f, 1f);
                    cs.setLineWidth(0.3f);
                    cs.moveTo(width / 2, height - 1 * MM); cs.lineTo(width / 2, height - edge + 1 * MM);
                    cs.moveTo(width / 2, 1 * MM); cs.lineTo(width / 2, edge - 1 * MM);
                    cs.stroke();
                    // one line of instructions in the strip, 6.5 pt, 50 % K
                    String text = instructions(lang, s, sides.length);
                    float size = 6.5f;
                    cs.beginText();
                    cs.setNonStrokingColor(0f, 0f, 0f, 0.6f);
                    cs.setFont(font, size);
                    cs.newLineAtOffset(edge, edge + (strip - size) / 2 + 1);
                    cs.showText(text);
                    cs.endText();
                }
                sheet.setTrimBox(sheet.getMediaBox());
            }
            booklet.getDocumentInformation().setTitle(source.getDocumentInformation().getTitle());
            booklet.getDocumentCatalog().setLanguage(source.getDocumentCatalog().getLanguage());
            booklet.save(new File(args[1]));
            System.out.printf("wrote %s: %d sheet sides; page scale %.3f%n", args[1], sides.length, scaleFor(forms[1], width / 2 - edge, height - 2 * edge - strip));
        }
    }

    /** Would come from the UI strings (en.properties / fr.properties) in leafpress. */
    static String instructions(String lang, int side, int sides) {
        int sheet = side / 2 + 1, sheetCount = sides / 2;
        String face = side % 2 == 0 ? (lang.equals("fr") ? "recto" : "front") : (lang.equals("fr") ? "verso" : "back");
        return lang.equals("fr")
                ? "Feuille " + sheet + "/" + sheetCount + ", " + face + ". Imprimer en recto verso, retournement sur le bord court, à 100 % (taille réelle) ; plier au milieu et agrafer."
                : "Sheet " + sheet + " of " + sheetCount + ", " + face + ". Print double-sided, flip on the short edge, at 100 % (actual size); fold down the middle and staple.";
    }

    static float scaleFor(PDFormXObject form, float w, float h) {
        PDRectangle b = form.getBBox();
        return Math.min(1f, Math.min(w / b.getWidth(), h / b.getHeight()));
    }

    /** The page scaled into its box, against the fold (left pages end at it, right pages start at it), centred vertically. */
    static void place(PDPageContentStream cs, PDFormXObject form, float fold, float w, float y, float h, boolean leftOfFold) throws IOException {
        if (form == null) return;
        PDRectangle b = form.getBBox();
        float scale = scaleFor(form, w, h);
        float pw = b.getWidth() * scale, ph = b.getHeight() * scale;
        float x = leftOfFold ? fold - pw : fold;
        float dy = y + (h - ph) / 2;
        cs.saveGraphicsState();
        cs.transform(new Matrix(scale, 0, 0, scale, x - b.getLowerLeftX() * scale, dy - b.getLowerLeftY() * scale));
        cs.drawForm(form);
        cs.restoreGraphicsState();
    }

    /** Booklet.order from leafpress: pages on each sheet side, left then right, 0 = blank. */
    static int[][] order(int pages) {
        int padded = pages + (4 - pages % 4) % 4;
        int[][] sides = new int[padded / 2][];
        for (int sheet = 0; sheet < padded / 4; sheet++) {
            int outer = padded - 2 * sheet, inner = 1 + 2 * sheet;
            sides[2 * sheet] = new int[] {outer > pages ? 0 : outer, inner > pages ? 0 : inner};
            sides[2 * sheet + 1] = new int[] {inner + 1 > pages ? 0 : inner + 1, outer - 1 > pages ? 0 : outer - 1};
        }
        return sides;
    }
}
