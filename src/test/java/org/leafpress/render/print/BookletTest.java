package org.leafpress.render.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leafpress.model.PrintOptions;
import org.leafpress.render.Publication;
import org.leafpress.render.check.PdfCheck;
import org.leafpress.render.check.PdfExpectations;
import org.leafpress.testing.ModelFixtures;
import org.leafpress.testing.PdfText;
import org.leafpress.testing.Project;

class BookletTest {

    static PrintedLeaflet printed;

    @BeforeAll
    static void render() {
        printed = Project.printRenderer().render(Publication.of(ModelFixtures.english()),
                PrintOptions.DEFAULTS.withBooklet(true));
    }

    @Test
    void eightPagesGoOnTwoSheetsInSaddleStitchOrder() {
        assertArrayEquals(new int[][] {{8, 1}, {2, 7}, {6, 3}, {4, 5}}, Booklet.order(8));
        assertArrayEquals(new int[][] {{12, 1}, {2, 11}, {10, 3}, {4, 9}, {8, 5}, {6, 7}}, Booklet.order(12));
    }

    @Test
    void pagesPastTheEndOfAShortLeafletAreBlank() {
        assertArrayEquals(new int[][] {{0, 1}, {2, 0}, {6, 3}, {4, 5}}, Booklet.order(6));
    }

    @Test
    void eachSheetSideIsA4LandscapeWithTheRightPageOnEachHalf() throws IOException {
        List<String> firstLines = PdfText.pagesOf(printed.pdf().bytes()).stream()
                .map(p -> p.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse(""))
                .toList();
        int[][] order = Booklet.order(8);
        try (PDDocument booklet = Loader.loadPDF(printed.booklet().orElseThrow())) {
            assertEquals(4, booklet.getNumberOfPages());
            for (int side = 0; side < 4; side++) {
                PDPage sheet = booklet.getPage(side);
                assertEquals(841.89, sheet.getMediaBox().getWidth(), 0.01, "A4 landscape");
                assertEquals(595.28, sheet.getMediaBox().getHeight(), 0.01, "A4 landscape");
                PDFTextStripperByArea halves = new PDFTextStripperByArea();
                halves.addRegion("left", new Rectangle2D.Double(0, 0, 420, 595));
                halves.addRegion("right", new Rectangle2D.Double(422, 0, 420, 595));
                halves.extractRegions(sheet);
                for (int half = 0; half < 2; half++) {
                    String text = halves.getTextForRegion(half == 0 ? "left" : "right");
                    String expected = firstLines.get(order[side][half] - 1);
                    assertTrue(text.contains(expected), "side " + (side + 1) + (half == 0 ? " left" : " right")
                            + " should hold page " + order[side][half] + " ('" + expected + "'): " + text);
                }
            }
        }
    }

    @Test
    void bookletKeepsTheLeafletsTitleLanguageAndEmbeddedFonts() throws IOException {
        try (PDDocument booklet = Loader.loadPDF(printed.booklet().orElseThrow())) {
            assertEquals("NEMO deficiency syndrome", booklet.getDocumentInformation().getTitle());
            assertEquals("en", booklet.getDocumentCatalog().getLanguage());
        }
        assertEquals(List.of(), PdfCheck.check(printed.booklet().orElseThrow(),
                PdfExpectations.booklet("b.pdf", "en", 4,
                        PrintGeometry.read(Project.TEMPLATES.resolve(PrintRenderer.PAGE_SIZES)).sheetBoxes())));
    }

    @Test
    void bookletIsTheSameBytesEveryTime() {
        PrintedLeaflet again = Project.printRenderer().render(Publication.of(ModelFixtures.english()),
                PrintOptions.DEFAULTS.withBooklet(true));
        assertArrayEquals(printed.booklet().orElseThrow(), again.booklet().orElseThrow());
    }

    @Test
    void anA4LeafletIsPaddedToWholeSheetsAndShrunkOntoTheA4Sheet() throws IOException {
        PrintedLeaflet a4 = Project.printRenderer().render(Publication.of(ModelFixtures.english()),
                new PrintOptions("A4", false, true));
        assertEquals(0, a4.pdf().pageCount() % 4, "a booklet needs whole folded sheets, whatever the size asks");
        try (PDDocument booklet = Loader.loadPDF(a4.booklet().orElseThrow())) {
            assertEquals(a4.pdf().pageCount() / 2, booklet.getNumberOfPages());
            assertEquals(841.89, booklet.getPage(0).getMediaBox().getWidth(), 0.01);
        }
    }
}
