package org.leafpress.render.print;

import java.io.IOException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.function.PDFunction;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;

/**
 * Page boxes and crop marks (PDFBox). The plain PDF's TrimBox is its page. The printer's master is
 * laid out a bleed larger on every side; here its BleedBox becomes that page, its TrimBox the page
 * less the bleed, and its MediaBox grows past the bleed to hold crop marks, drawn in the
 * registration colour (the {@code All} separation) at each corner, outside the bleed.
 */
final class PrintMaster {

    private PrintMaster() {}

    /** The plain PDF: the TrimBox is the page, stated so that a printer need not guess. */
    static PdfFinisher.Step plain() {
        return document -> {
            for (PDPage page : document.getPages()) page.setTrimBox(page.getMediaBox());
        };
    }

    /** The master: boxes from the bled page, crop marks in the slug. */
    static PdfFinisher.Step of(PrintGeometry geometry) {
        return document -> {
            float bleed = (float) geometry.layoutBleed().points();
            float slug = (float) geometry.slug().points();
            PDSeparation registration = registration();
            for (PDPage page : document.getPages()) {
                PDRectangle bled = page.getMediaBox();
                PDRectangle trim = inset(bled, bleed);
                page.setBleedBox(bled);
                page.setTrimBox(trim);
                page.setMediaBox(inset(trim, -slug));
                page.setCropBox(null);
                drawCropMarks(document, page, trim, geometry, registration);
            }
        };
    }

    private static PDRectangle inset(PDRectangle box, float by) {
        return new PDRectangle(box.getLowerLeftX() + by, box.getLowerLeftY() + by,
                box.getWidth() - 2 * by, box.getHeight() - 2 * by);
    }

    /**
     * Two short lines at each corner, in line with the trim edges, starting {@code mark-offset}
     * from the trim (beyond the bleed) and running {@code mark-length} outwards.
     */
    private static void drawCropMarks(PDDocument document, PDPage page, PDRectangle trim, PrintGeometry geometry,
            PDSeparation registration) throws IOException {
        float offset = (float) geometry.markOffset().points();
        float length = (float) geometry.markLength().points();
        float left = trim.getLowerLeftX();
        float right = trim.getUpperRightX();
        float bottom = trim.getLowerLeftY();
        float top = trim.getUpperRightY();
        try (PDPageContentStream marks = new PDPageContentStream(document, page,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            marks.setStrokingColor(new PDColor(new float[] {1}, registration));
            marks.setLineWidth((float) geometry.markWeight().points());
            for (float x : new float[] {left, right}) {
                float outwards = x == left ? -1 : 1;
                for (float y : new float[] {bottom, top}) {
                    float upwards = y == bottom ? -1 : 1;
                    // Horizontal mark, in line with the top or bottom trim edge.
                    marks.moveTo(x + outwards * offset, y);
                    marks.lineTo(x + outwards * (offset + length), y);
                    // Vertical mark, in line with the left or right trim edge.
                    marks.moveTo(x, y + upwards * offset);
                    marks.lineTo(x, y + upwards * (offset + length));
                }
            }
            marks.stroke();
        }
    }

    /** The separation {@code All}: printed on every plate, as crop marks must be. */
    private static PDSeparation registration() throws IOException {
        PDSeparation all = new PDSeparation();
        all.setColorantName("All");
        all.setAlternateColorSpace(PDDeviceCMYK.INSTANCE);
        COSDictionary tint = new COSDictionary();
        tint.setInt(COSName.FUNCTION_TYPE, 2);
        tint.setItem(COSName.DOMAIN, numbers(0, 1));
        tint.setItem(COSName.C0, numbers(0, 0, 0, 0));
        tint.setItem(COSName.C1, numbers(1, 1, 1, 1));
        tint.setInt(COSName.N, 1);
        all.setTintTransform(PDFunction.create(tint));
        return all;
    }

    private static COSArray numbers(int... values) {
        COSArray array = new COSArray();
        for (int v : values) array.add(COSInteger.get(v));
        return array;
    }
}
