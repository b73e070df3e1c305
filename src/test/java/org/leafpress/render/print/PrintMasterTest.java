package org.leafpress.render.print;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDSeparation;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leafpress.model.PrintOptions;
import org.leafpress.render.Publication;
import org.leafpress.render.check.PdfCheck;
import org.leafpress.testing.ModelFixtures;
import org.leafpress.testing.Project;

class PrintMasterTest {

    static PrintedLeaflet printed;
    static PrintGeometry geometry;

    @BeforeAll
    static void render() {
        printed = Project.printRenderer().render(Publication.of(ModelFixtures.english()),
                PrintOptions.DEFAULTS.withBleedMaster(true));
        geometry = PrintGeometry.read(Project.TEMPLATES.resolve(PrintRenderer.PAGE_SIZES));
    }

    @Test
    void masterIsWrittenBesideThePlainPdfOnlyWhenAsked() {
        assertEquals(List.of("nemo.en.pdf", "nemo.en.print.pdf"), List.copyOf(printed.files("nemo", "en").keySet()));
        assertTrue(printed.booklet().isEmpty());
        PrintedLeaflet plainOnly = Project.printRenderer().render(Publication.of(ModelFixtures.english()),
                PrintOptions.DEFAULTS);
        assertEquals(List.of("nemo.en.pdf"), List.copyOf(plainOnly.files("nemo", "en").keySet()));
        assertArrayEquals(plainOnly.pdf().bytes(), printed.pdf().bytes(), "asking for a master leaves the plain PDF as it was");
    }

    @Test
    void trimBoxIsTheA5PageBleedBoxThreeMillimetresMoreAndMediaBoxHoldsTheMarks() throws IOException {
        try (PDDocument master = Loader.loadPDF(printed.printMaster().orElseThrow())) {
            assertEquals(8, master.getNumberOfPages());
            for (PDPage page : master.getPages()) {
                PDRectangle trim = page.getTrimBox();
                PDRectangle bleed = page.getBleedBox();
                PDRectangle media = page.getMediaBox();
                assertEquals(148.0, mm(trim.getWidth()), 0.05, "trim width");
                assertEquals(210.0, mm(trim.getHeight()), 0.05, "trim height");
                assertEquals(3.0, mm(trim.getLowerLeftX() - bleed.getLowerLeftX()), 0.01, "bleed left");
                assertEquals(3.0, mm(bleed.getUpperRightY() - trim.getUpperRightY()), 0.01, "bleed top");
                assertEquals(12.0, mm(trim.getLowerLeftX() - media.getLowerLeftX()), 0.01, "slug left");
                assertEquals(12.0, mm(media.getUpperRightY() - trim.getUpperRightY()), 0.01, "slug top");
                assertTrue(page.getCOSObject().getDictionaryObject(COSName.CROP_BOX) == null
                        || page.getCropBox().equals(media), "nothing hides the marks");
            }
        }
    }

    @Test
    void cropMarksAreInTheRegistrationColourInLineWithTheTrimAndOutsideTheBleed() throws IOException {
        try (PDDocument master = Loader.loadPDF(printed.printMaster().orElseThrow())) {
            for (PDPage page : master.getPages()) {
                PDRectangle trim = page.getTrimBox();
                PDRectangle bleed = page.getBleedBox();
                PDRectangle media = page.getMediaBox();
                List<Stroke> marks = strokes(page).stream().filter(s -> !touches(bleed, s)).toList();
                assertEquals(8, marks.size(), "two marks at each corner: " + marks);
                for (Stroke mark : marks) {
                    assertEquals("All", mark.colorant(), "printed on every plate");
                    assertTrue(inside(media, mark.from()) && inside(media, mark.to()), "on the sheet: " + mark);
                    boolean horizontal = mark.from().getY() == mark.to().getY();
                    double edge = horizontal ? mark.from().getY() : mark.from().getX();
                    List<Double> edges = horizontal ? List.of((double) trim.getLowerLeftY(), (double) trim.getUpperRightY())
                            : List.of((double) trim.getLowerLeftX(), (double) trim.getUpperRightX());
                    assertTrue(edges.stream().anyMatch(e -> Math.abs(e - edge) < 0.01), "in line with the trim: " + mark);
                    assertEquals(5.0, mm(mark.from().distance(mark.to())), 0.01, "5 mm long");
                }
            }
        }
    }

    @Test
    void coverPurpleRunsIntoTheBleedAndStopsAtItsEdge() throws IOException {
        try (PDDocument master = Loader.loadPDF(printed.printMaster().orElseThrow())) {
            PDRectangle bleed = master.getPage(0).getBleedBox();
            PDRectangle media = master.getPage(0).getMediaBox();
            float scale = 1; // 72 dpi: one pixel a point
            BufferedImage cover = new PDFRenderer(master).renderImage(0, scale);
            float middle = (bleed.getLowerLeftY() + bleed.getUpperRightY()) / 2;
            int inBleed = cover.getRGB(px(bleed.getLowerLeftX() + 4, media.getLowerLeftX()), py(middle, media));
            int inSlug = cover.getRGB(px(bleed.getLowerLeftX() - 10, media.getLowerLeftX()), py(middle, media));
            assertEquals(0x5a2d82, inBleed & 0xffffff, "the cover's purple, 1.5 mm outside the trim");
            assertEquals(0xffffff, inSlug & 0xffffff, "white beyond the bleed");
        }
    }

    @Test
    void masterPrintsThePagesOfThePlainPdfLineForLine() {
        assertEquals(List.of(), PdfCheck.samePages(printed.printMaster().orElseThrow(), printed.pdf().bytes()));
    }

    @Test
    void masterIsTheSameBytesEveryTime() {
        PrintedLeaflet again = Project.printRenderer().render(Publication.of(ModelFixtures.english()),
                PrintOptions.DEFAULTS.withBleedMaster(true));
        assertArrayEquals(printed.printMaster().orElseThrow(), again.printMaster().orElseThrow());
    }

    @Test
    void a4MasterHasA4Trim() throws IOException {
        PrintedLeaflet a4 = Project.printRenderer().render(Publication.of(ModelFixtures.english()),
                new PrintOptions("a4", true, false));
        try (PDDocument master = Loader.loadPDF(a4.printMaster().orElseThrow())) {
            PDRectangle trim = master.getPage(0).getTrimBox();
            assertEquals(210.0, mm(trim.getWidth()), 0.05);
            assertEquals(297.0, mm(trim.getHeight()), 0.05);
        }
    }

    record Stroke(Point2D from, Point2D to, String colorant) {}

    /** Every straight line stroked on {@code page}, in page space, with its colorant if a separation. */
    private static List<Stroke> strokes(PDPage page) throws IOException {
        List<Stroke> strokes = new ArrayList<>();
        PDFGraphicsStreamEngine engine = new PDFGraphicsStreamEngine(page) {
            private final List<Point2D[]> lines = new ArrayList<>();
            private Point2D current;

            @Override public void moveTo(float x, float y) { current = new Point2D.Float(x, y); }
            @Override public void lineTo(float x, float y) {
                Point2D to = new Point2D.Float(x, y);
                lines.add(new Point2D[] {current, to});
                current = to;
            }
            @Override public void strokePath() throws IOException {
                String colorant = getGraphicsState().getStrokingColor().getColorSpace() instanceof PDSeparation s
                        ? s.getColorantName() : "";
                for (Point2D[] l : lines) strokes.add(new Stroke(l[0], l[1], colorant));
                lines.clear();
            }
            @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) { }
            @Override public void drawImage(PDImage pdImage) { }
            @Override public void clip(int windingRule) { }
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) { current = new Point2D.Float(x3, y3); }
            @Override public Point2D getCurrentPoint() { return current; }
            @Override public void closePath() { }
            @Override public void endPath() { lines.clear(); }
            @Override public void fillPath(int windingRule) { lines.clear(); }
            @Override public void fillAndStrokePath(int windingRule) throws IOException { strokePath(); }
            @Override public void shadingFill(COSName shadingName) { }
        };
        engine.processPage(page);
        return strokes;
    }

    private static boolean touches(PDRectangle box, Stroke s) {
        return inside(box, s.from()) || inside(box, s.to());
    }

    private static boolean inside(PDRectangle box, Point2D p) {
        return p.getX() >= box.getLowerLeftX() - 0.01 && p.getX() <= box.getUpperRightX() + 0.01
                && p.getY() >= box.getLowerLeftY() - 0.01 && p.getY() <= box.getUpperRightY() + 0.01;
    }

    private static int px(double x, double mediaLeft) {
        return (int) Math.round(x - mediaLeft);
    }

    private static int py(double y, PDRectangle media) {
        return (int) Math.round(media.getUpperRightY() - y);
    }

    private static double mm(double points) {
        return points * 25.4 / 72;
    }
}
