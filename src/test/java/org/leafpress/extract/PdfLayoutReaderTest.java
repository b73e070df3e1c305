package org.leafpress.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.model.SourceRef;

class PdfLayoutReaderTest {

    private static final Path LEAFLET = Path.of("src/test/resources/fixtures/nemo-deficiency-syndrome.en.pdf");

    private static ExtractedDocument leaflet;

    @TempDir
    Path dir;

    @BeforeAll
    static void readLeaflet() throws SourceUnreadableException {
        leaflet = read(LEAFLET);
    }

    @Test
    void twoColumnPageIsReadLeftColumnFirstWithEachLineMarkedByColumn() {
        List<TextLine> page3 = leaflet.lines().stream().filter(l -> l.page() == 3).toList();
        int leftEnd = indexOf(page3, "protein it makes, called NEMO. NEMO");
        int rightStart = indexOf(page3, "usually does an important job inside");
        assertAll(
                () -> assertEquals(leftEnd + 1, rightStart, "the right column follows the left one's last line"),
                () -> assertEquals(0, page3.get(leftEnd).column()),
                () -> assertEquals(1, page3.get(rightStart).column()),
                () -> assertTrue(page3.subList(0, rightStart).stream().allMatch(l -> l.column() == 0)),
                () -> assertTrue(page3.subList(rightStart, page3.size()).stream().allMatch(l -> l.column() == 1)));
    }

    @Test
    void singleColumnPagesKeepEveryLineInColumnZero() {
        assertTrue(leaflet.lines().stream().filter(l -> l.page() == 2 || l.page() == 8).allMatch(l -> l.column() == 0));
    }

    @Test
    void linesCarryTheirSizeAndWeight() {
        TextLine heading = line(leaflet, "What causes it?");
        TextLine body = line(leaflet, "NEMO deficiency is usually an");
        TextLine caption = line(leaflet, "Mechanism of X-linked inheritance");
        assertAll(
                () -> assertEquals(13f, heading.fontSize(), 0.1f),
                () -> assertTrue(heading.bold()),
                () -> assertEquals(10f, body.fontSize(), 0.1f),
                () -> assertTrue(!body.bold() && !body.italic()),
                () -> assertEquals(9f, caption.fontSize(), 0.1f),
                () -> assertEquals(3, caption.page()));
    }

    @Test
    void theSpaceBetweenParagraphsShowsAsGapAboveAndOrdinaryLeadingAsNone() {
        assertAll(
                () -> assertTrue(line(leaflet, "NEMO is a protein in white blood cells").gapAbove() > 4),
                () -> assertTrue(line(leaflet, "that signals infection. The protein is").gapAbove() < 0.5f),
                () -> assertTrue(line(leaflet, "What causes it?").gapAbove() > 10));
    }

    @Test
    void aBoldTermOpeningALineComesAsItsOwnRunOfThatLine() {
        List<TextLine> runs = leaflet.lines().stream()
                .filter(l -> l.page() == 6 && l.number() == line(leaflet, "autoimmune").number()).toList();
        assertAll(
                () -> assertEquals(2, runs.size()),
                () -> assertEquals("autoimmune", runs.get(0).text()),
                () -> assertTrue(runs.get(0).bold()),
                () -> assertEquals(" an immune reaction", runs.get(1).text()),
                () -> assertTrue(!runs.get(1).bold()),
                () -> assertEquals(runs.get(0).y(), runs.get(1).y()));
    }

    @Test
    void aContentsLineKeepsTheWideGapBeforeItsPageNumberAsATab() {
        assertTrue(leaflet.lines().stream().anyMatch(l -> l.text().equals("What causes it?\t3")));
    }

    @Test
    void theInfoDictionaryBecomesMetadata() {
        assertAll(
                () -> assertEquals("NEMO deficiency syndrome", leaflet.metadata().get("title")),
                () -> assertTrue(leaflet.metadata().get("subject").startsWith("Patient information leaflet")),
                () -> assertTrue(leaflet.metadata().get("keywords").contains("primary immunodeficiency")),
                () -> assertEquals(ExtractedDocument.Kind.PDF_LAYOUT, leaflet.kind()));
    }

    @Test
    void columnsAreFoundFromWhereLinesStartWithFullWidthLinesReadInPlace() throws Exception {
        Path pdf = dir.resolve("columns.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                write(text, page, Standard14Fonts.FontName.HELVETICA_BOLD, 16, 50, 60,
                        "A full-width heading that runs across both of the columns");
                for (int i = 0; i < 5; i++) {
                    // Both columns share baselines: the gutter, not the row, tells them apart.
                    write(text, page, Standard14Fonts.FontName.HELVETICA, 11, 50, 100 + 14 * i,
                            "Left column, line " + (i + 1) + " of running text");
                    write(text, page, Standard14Fonts.FontName.HELVETICA, 11, 330, 100 + 14 * i,
                            "Right column, line " + (i + 1) + " of running text");
                }
                write(text, page, Standard14Fonts.FontName.HELVETICA, 11, 50, 200,
                        "A closing line set across the whole width of the page, below both of the columns");
            }
            doc.save(pdf.toFile());
        }
        List<String> texts = read(pdf).lines().stream().map(l -> l.column() + " " + l.text()).toList();
        assertEquals(List.of(
                "0 A full-width heading that runs across both of the columns",
                "0 Left column, line 1 of running text", "0 Left column, line 2 of running text",
                "0 Left column, line 3 of running text", "0 Left column, line 4 of running text",
                "0 Left column, line 5 of running text",
                "1 Right column, line 1 of running text", "1 Right column, line 2 of running text",
                "1 Right column, line 3 of running text", "1 Right column, line 4 of running text",
                "1 Right column, line 5 of running text",
                "0 A closing line set across the whole width of the page, below both of the columns"), texts);
    }

    @Test
    void anEncryptedPdfIsRefusedWithAnInstructionToExportItWithoutAPassword() throws Exception {
        Path pdf = dir.resolve("locked.pdf");
        try (PDDocument doc = Loader.loadPDF(LEAFLET.toFile())) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(256);
            doc.protect(policy);
            doc.save(pdf.toFile());
        }
        SourceUnreadableException e = assertThrows(SourceUnreadableException.class, () -> read(pdf));
        assertMessage(e, pdf, "encrypted", "export it again without a password");
    }

    @Test
    void aTruncatedCopyIsRefusedAsDamagedWithAnInstructionToExportOrCopyItAgain() throws Exception {
        Path pdf = dir.resolve("cut-short.pdf");
        byte[] whole = Files.readAllBytes(LEAFLET);
        Files.write(pdf, Arrays.copyOf(whole, whole.length * 2 / 3));
        SourceUnreadableException e = assertThrows(SourceUnreadableException.class, () -> read(pdf));
        assertMessage(e, pdf, "damaged or cut short", "export it again", "copy it again");
    }

    @Test
    void aPdfWithOnlyAnImageIsRefusedWithAnInstructionToExportLiveTextOrRunOcr() throws Exception {
        Path pdf = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(doc,
                    new BufferedImage(40, 40, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(image, 50, 50, 200, 200);
            }
            doc.save(pdf.toFile());
        }
        SourceUnreadableException e = assertThrows(SourceUnreadableException.class, () -> read(pdf));
        assertMessage(e, pdf, "no text", "OCR");
    }

    @Test
    void aMissingFileIsRefusedWithAnInstructionToCheckItsPath() {
        Path pdf = dir.resolve("not-there.pdf");
        SourceUnreadableException e = assertThrows(SourceUnreadableException.class, () -> read(pdf));
        assertMessage(e, pdf, "does not exist", "check its path");
    }

    private static void assertMessage(SourceUnreadableException e, Path file, String... parts) {
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
        for (String part : parts) assertTrue(e.getMessage().contains(part), e.getMessage());
    }

    private static void write(PDPageContentStream content, PDPage page, Standard14Fonts.FontName font, float size,
            float x, float fromTop, String text) throws IOException {
        content.beginText();
        content.setFont(new PDType1Font(font), size);
        content.newLineAtOffset(x, page.getMediaBox().getHeight() - fromTop);
        content.showText(text);
        content.endText();
    }

    private static ExtractedDocument read(Path pdf) throws SourceUnreadableException {
        return new PdfLayoutReader().read(pdf, new SourceRef(pdf.toString(), "application/pdf", ""), Optional.empty());
    }

    private static TextLine line(ExtractedDocument document, String text) {
        return document.lines().stream().filter(l -> l.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line \"" + text + "\""));
    }

    private static int indexOf(List<TextLine> lines, String text) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).text().equals(text)) return i;
        throw new AssertionError("no line \"" + text + "\"");
    }
}
