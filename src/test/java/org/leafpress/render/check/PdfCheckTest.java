package org.leafpress.render.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leafpress.render.Publication;
import org.leafpress.render.print.PageSize;
import org.leafpress.render.print.PrintGeometry;
import org.leafpress.render.print.PrintRenderer;
import org.leafpress.testing.ModelFixtures;
import org.leafpress.testing.Project;

/** Each check fails on a PDF that breaks its rule, and says which check and where. */
class PdfCheckTest {

    static byte[] english;
    static PageSize a5;
    static PdfExpectations expected;

    @BeforeAll
    static void render() {
        english = Project.printRenderer().renderPdf(Publication.of(ModelFixtures.english())).bytes();
        a5 = Project.printRenderer().pageSizes().get(0);
        expected = PdfExpectations.leaflet("nemo.en.pdf", "en", List.of("What is NEMO deficiency?", "What causes it?",
                "What are the signs and symptoms?", "How is it diagnosed?", "How is it treated?",
                "What does this mean for the future?", "Is there a support group?", "Glossary"),
                a5.plainBoxes(), 4);
    }

    @Test
    void theRenderedEnglishPdfPassesEveryCheck() {
        assertEquals(List.of(), PdfCheck.check(english, expected));
    }

    @Test
    void aContentsEntryWithTheWrongPageNumberFailsNamingTheHeadingAndBothPages() {
        byte[] swapped = edit(english, doc -> {
            PDPage fifth = doc.getPage(4);
            doc.getPages().remove(4);
            doc.getPages().insertAfter(fifth, doc.getPage(4));
        });
        List<PrintFinding> findings = only("contents-pages", PdfCheck.check(swapped, expected));
        assertEquals("page 2", findings.get(0).where());
        assertEquals("the contents list puts 'How is it treated?' on page 5, but it is on page 6",
                findings.get(0).message());
    }

    @Test
    void aFontLeftUnembeddedFailsNamingTheFontAndThePage() {
        byte[] helvetica = edit(english, doc -> {
            PDPage page = doc.getPage(2);
            try (PDPageContentStream text = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 8);
                text.newLineAtOffset(40, 20);
                text.showText("printed in a font nobody embedded");
                text.endText();
            }
        });
        List<PrintFinding> findings = only("fonts-embedded", PdfCheck.check(helvetica, expected));
        assertEquals(1, findings.size(), findings.toString());
        assertEquals("page 3", findings.get(0).where());
        assertTrue(findings.get(0).message().startsWith("font Helvetica is not embedded"), findings.get(0).message());
    }

    @Test
    void pageBoxesOtherThanAskedFailOnTheFirstPage() {
        PdfExpectations.Boxes a4 = Project.printRenderer().pageSizes().get(1).plainBoxes();
        List<PrintFinding> findings = only("page-boxes", PdfCheck.check(english, expected.forFile("x.pdf", a4)));
        assertEquals("page 1", findings.get(0).where());
        assertTrue(findings.get(0).message().startsWith("TrimBox is 419.51 × 595.28 pt, not A4"), findings.get(0).message());

        PageSize size = a5;
        PrintGeometry geometry = PrintGeometry.read(Project.TEMPLATES.resolve(PrintRenderer.PAGE_SIZES));
        findings = only("page-boxes", PdfCheck.check(english,
                expected.forFile("x.print.pdf", size.masterBoxes(geometry))));
        assertTrue(findings.get(0).message().startsWith("BleedBox is [0.00 0.00 419.51 595.28], not the TrimBox plus 8.51 pt"),
                findings.get(0).message());
    }

    @Test
    void aPageCountThatIsNotAMultipleOfFourFails() {
        byte[] seven = edit(english, doc -> doc.removePage(6));
        List<PrintFinding> findings = only("page-count", PdfCheck.check(seven, expected));
        assertEquals("7 pages, which is not a multiple of 4; a booklet needs whole folded sheets",
                findings.get(0).message());
    }

    @Test
    void xmpThatDisagreesWithTheDocumentInformationFails() {
        byte[] retitled = edit(english, doc -> doc.getDocumentInformation().setTitle("Another title"));
        List<PrintFinding> findings = only("metadata", PdfCheck.check(retitled, expected));
        assertEquals("dc:title disagree with the document information", findings.get(0).message());
    }

    @Test
    void aHeadingLastOnItsPageAMissingBookmarkAndAStrayLinkFail() {
        byte[] pdf = synthetic(List.of(
                List.of("Cover"),
                List.of("Contents", "Alpha ........................ 3"),
                List.of("Some text about nothing in particular.", "Alpha", "3"),
                List.of("The text under Alpha, which should have been with it.", "4")));
        PdfExpectations alpha = new PdfExpectations("synthetic.pdf", "en", List.of("Alpha"), List.of(),
                new PdfExpectations.Boxes("A5", 419.53, 595.28, 0, 0), 4, 0, true);
        List<PrintFinding> findings = PdfCheck.check(pdf, alpha);
        assertEquals(List.of(PrintFinding.onPage("heading-kept-with-text", 3,
                "the heading 'Alpha' is the last thing on the page; its text starts on the next")),
                only("heading-kept-with-text", findings));
        assertEquals("no bookmark for 'Alpha'", only("outline", findings).get(0).message());
        assertEquals("the contents entries link to pages [] but print the page numbers [3]",
                only("contents-pages", findings).get(0).message());
    }

    @Test
    void aParagraphSplitWithOneLineOnEitherSideOfThePageBreakFails() {
        String orphaned = "An orphaned paragraph starts on the last line of this page and goes on over the page for two lines.";
        String widowed = "A widowed paragraph fills three lines at the foot of this page, goes on and on, and leaves one line alone over the page.";
        String fine = "A paragraph that breaks two and two is fine, it has two lines here and then two more lines on the page over.";
        byte[] pdf = synthetic(List.of(
                List.of("Cover"),
                List.of("Inside cover"),
                List.of("An orphaned paragraph starts on the last line of", "3"),
                List.of("this page and goes on over the page for two", "lines.", "4"),
                List.of("A widowed paragraph fills three lines at the foot", "of this page, goes on and on, and leaves one",
                        "line alone over the", "5"),
                List.of("page.", "6"),
                List.of("A paragraph that breaks two and two is fine, it", "has two lines here and then", "7"),
                List.of("two more lines on the", "page over.", "8"),
                List.of("Back cover")));
        PdfExpectations paragraphs = new PdfExpectations("synthetic.pdf", "en", List.of(),
                List.of(orphaned, widowed, fine), new PdfExpectations.Boxes("A5", 419.53, 595.28, 0, 0), 1, 0, true);
        assertEquals(List.of(
                PrintFinding.onPage("widows-orphans", 3, "the paragraph 'An orphaned paragraph starts on the last…'"
                        + " leaves one line at the foot of the page (an orphan)"),
                PrintFinding.onPage("widows-orphans", 6, "the paragraph 'A widowed paragraph fills three lines at…'"
                        + " carries one line to the top of the page (a widow)")),
                only("widows-orphans", PdfCheck.check(pdf, paragraphs)));
    }

    @Test
    void textClippedAwayIsNotReadAsOnThePage() throws IOException {
        byte[] pdf = edit(synthetic(List.of(List.of("Visible line"))), doc -> {
            try (PDPageContentStream content = new PDPageContentStream(doc, doc.getPage(0),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                content.addRect(0, 100, 419, 400);
                content.clip();
                content.beginText();
                content.setFont(carlito(doc), 12);
                content.newLineAtOffset(40, 40);
                content.showText("Ghost heading");
                content.endText();
            }
        });
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(List.of("Visible line"), new PrintedLines(doc).of(1));
        }
    }

    @Test
    void aMasterThatPrintsOtherPagesThanThePlainPdfFails() {
        byte[] other = edit(english, doc -> {
            PDPage fifth = doc.getPage(4);
            doc.getPages().remove(4);
            doc.getPages().insertAfter(fifth, doc.getPage(4));
        });
        List<PrintFinding> findings = PdfCheck.samePages(other, english);
        assertEquals(1, findings.size());
        assertEquals("master-matches-plain", findings.get(0).check());
        assertEquals("page 5", findings.get(0).where());
    }

    private static List<PrintFinding> only(String check, List<PrintFinding> findings) {
        List<PrintFinding> these = findings.stream().filter(f -> f.check().equals(check)).toList();
        assertFalse(these.isEmpty(), "no '" + check + "' finding in " + findings);
        return these;
    }

    interface Edit {
        void apply(PDDocument document) throws IOException;
    }

    static byte[] edit(byte[] pdf, Edit edit) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            edit.apply(document);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An A5 PDF with these lines on its pages, top down, in the bundled font. */
    static byte[] synthetic(List<List<String>> pages) {
        try (PDDocument document = new PDDocument()) {
            PDFont font = carlito(document);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(new PDRectangle(419.53f, 595.28f));
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float y = 540;
                    for (String line : lines) {
                        content.beginText();
                        content.setFont(font, 11);
                        content.newLineAtOffset(40, y);
                        content.showText(line);
                        content.endText();
                        y -= 20;
                    }
                }
            }
            document.getDocumentCatalog().setLanguage("en");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont carlito(PDDocument document) throws IOException {
        return PDType0Font.load(document, Project.TEMPLATES.resolve("fonts/Carlito-Regular.ttf").toFile());
    }
}
