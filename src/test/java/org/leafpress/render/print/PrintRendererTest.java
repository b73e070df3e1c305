package org.leafpress.render.print;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.model.Block;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.PrintOptions;
import org.leafpress.model.Provenance;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.model.WarningCode;
import org.leafpress.render.BuildTimestamp;
import org.leafpress.render.LeafletView;
import org.leafpress.render.Publication;
import org.leafpress.render.RenderException;
import org.leafpress.render.html.LeafletPage;
import org.leafpress.render.html.RenderedPage;
import org.leafpress.testing.ModelFixtures;
import org.leafpress.testing.PdfText;
import org.leafpress.testing.Project;

class PrintRendererTest {

    /** French with every character a French reader expects: « » œ ’ and both no-break spaces. */
    static final String FRENCH_TYPOGRAPHY =
            "« Parlez-en à votre médecin »\u00A0: un œdème, une sœur, l’équipe, 50\u202F% des cas\u202F!";

    /** French as translators often type it, with no space before the marks that take one. */
    static final String FRENCH_AS_TYPED = "Attention: lisez ceci; puis appelez-nous! Une question? Voir «Traitement».";

    static Leaflet english;
    static RenderedPdf englishPdf;
    static RenderedPdf frenchPdf;

    @BeforeAll
    static void render() {
        english = ModelFixtures.english();
        englishPdf = Project.printRenderer().renderPdf(Publication.of(english));
        Leaflet french = ModelFixtures.french();
        List<Section> sections = new ArrayList<>(french.sections());
        sections.add(new Section(new SectionKey("treatment"), "",
                List.of(new Note(FRENCH_TYPOGRAPHY, Provenance.UNKNOWN), new Note(FRENCH_AS_TYPED, Provenance.UNKNOWN))));
        frenchPdf = Project.printRenderer().renderPdf(
                Publication.of(french.withSections(sections)).asPartialTranslationOf("en"));
    }

    @Test
    void englishPdfHoldsEverySectionHeadingInOrder() {
        List<String> pages = PdfText.pagesOf(englishPdf.bytes());
        String body = String.join("\n", pages.subList(2, pages.size()));
        int from = 0;
        for (Section section : english.sections()) {
            if (section.heading().isEmpty() || section.key().equals(LeafletView.ABOUT)) continue;
            int at = body.indexOf(section.heading(), from);
            assertTrue(at >= 0, "heading missing or out of order: " + section.heading());
            from = at + section.heading().length();
        }
        assertTrue(PdfText.hasLine(pages.get(1), "About this leaflet"), "the inside cover says what the leaflet is");
    }

    @Test
    void contentsPageNumbersAreThePagesTheHeadingsAreOn() {
        List<String> pages = PdfText.pagesOf(englishPdf.bytes());
        Pattern entry = Pattern.compile("(.+?)\\s*\\.{3,}\\s*(\\d+)");
        Map<String, Integer> contents = new LinkedHashMap<>();
        for (String line : pages.get(1).lines().toList()) {
            Matcher m = entry.matcher(line.strip());
            if (m.matches()) contents.put(m.group(1).strip(), Integer.parseInt(m.group(2)));
        }
        assertEquals(8, contents.size(), "one contents entry per section: " + contents);
        contents.forEach((heading, page) -> {
            int actual = -1;
            for (int p = 2; p < pages.size() && actual < 0; p++) {
                if (PdfText.hasLine(pages.get(p), heading)) actual = p + 1;
            }
            assertEquals(actual, page, "page of '" + heading + "'");
        });
    }

    @Test
    void frenchTextKeepsEveryAccentQuoteAndNoBreakSpace() {
        // Lines joined; Carlito lacks U+00A0, so it prints as U+202F (as wide as a space, never breaks).
        String text = String.join("\n", PdfText.pagesOf(frenchPdf.bytes())).replaceAll("\\s+", " ");
        String spaced = text.replace('\u202F', ' ').replace('\u00A0', ' ');
        assertAll(
                () -> assertTrue(text.contains("dès qu’un diagnostic est atteint"), "’ and è"),
                () -> assertTrue(text.contains("œdème") && text.contains("sœur"), "œ"),
                () -> assertTrue(text.contains("«") && text.contains("»"), "guillemets"),
                () -> assertTrue(spaced.contains("médecin » : un"), "no-break space before the colon"),
                () -> assertTrue(spaced.contains("50 % des cas !"), "narrow no-break spaces"),
                () -> assertTrue(spaced.contains("Attention : lisez ceci ; puis appelez-nous ! Une question ? Voir « Traitement »."),
                        "marks typed without spaces are spaced when printed: " + spaced),
                () -> assertTrue(text.contains("question\u202F?"), "a narrow no-break space before ?"),
                () -> assertTrue(spaced.contains("Cette traduction est partielle : certaines"), "UI string"),
                () -> assertTrue(text.contains("Traitement"), "an empty heading takes the section's French name"),
                () -> assertFalse(text.contains("#"), "a missing glyph printed as #"));
    }

    @Test
    void everyFontIsEmbeddedAndNoneIsTheDefaultHelvetica() throws IOException {
        for (RenderedPdf pdf : List.of(englishPdf, frenchPdf)) {
            try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
                int fonts = 0;
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                        assertTrue(font.getName().contains("Carlito"), font.getName() + " is not the bundled font");
                        fonts++;
                    }
                }
                assertTrue(fonts > 0, "the pages use fonts");
            }
        }
    }

    @Test
    void contentsEntriesAndWebAddressesAreLinks() throws IOException {
        try (PDDocument document = Loader.loadPDF(englishPdf.bytes())) {
            List<PDAnnotation> contents = document.getPage(1).getAnnotations();
            assertEquals(8, contents.stream().filter(a -> a instanceof PDAnnotationLink).count(), "one per entry");
            List<String> uris = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        uris.add(uri.getURI());
                    }
                }
            }
            assertTrue(uris.contains("https://www.immunodeficiencyuk.org/donate"), uris.toString());
        }
    }

    @Test
    void documentKnowsItsLanguageTitleAuthorAndDate() throws IOException {
        try (PDDocument document = Loader.loadPDF(frenchPdf.bytes())) {
            assertEquals("fr", document.getDocumentCatalog().getLanguage());
            PDDocumentInformation info = document.getDocumentInformation();
            assertEquals("NEMO deficiency syndrome", info.getTitle());
            assertEquals("Immunodeficiency UK", info.getAuthor());
            assertTrue(info.getSubject().startsWith("Dépliant d’information"), info.getSubject());
            assertEquals(Instant.parse("2019-02-01T00:00:00Z"), info.getCreationDate().toInstant());
            assertEquals(Instant.parse("2019-02-01T00:00:00Z"), info.getModificationDate().toInstant());
            assertEquals("leafpress", info.getCreator());
        }
        try (PDDocument document = Loader.loadPDF(englishPdf.bytes())) {
            assertEquals("en", document.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void xmpMetadataSaysWhatTheDocumentInformationSays() throws Exception {
        try (PDDocument document = Loader.loadPDF(frenchPdf.bytes())) {
            PDDocumentInformation info = document.getDocumentInformation();
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertEquals(info.getTitle(), xmp.getDublinCoreSchema().getTitle());
            assertEquals(List.of("Immunodeficiency UK"), xmp.getDublinCoreSchema().getCreators());
            assertEquals(info.getSubject(), xmp.getDublinCoreSchema().getDescription());
            assertEquals(List.of("fr"), xmp.getDublinCoreSchema().getLanguages());
            assertEquals(info.getKeywords(), xmp.getAdobePDFSchema().getKeywords());
            assertEquals(info.getProducer(), xmp.getAdobePDFSchema().getProducer());
            assertEquals("leafpress", xmp.getXMPBasicSchema().getCreatorTool());
            assertEquals(Instant.parse("2019-02-01T00:00:00Z"), xmp.getXMPBasicSchema().getCreateDate().toInstant(),
                    "dated by the edition, never the clock");
            assertEquals(info.getModificationDate().toInstant(), xmp.getXMPBasicSchema().getModifyDate().toInstant());
        }
    }

    @Test
    void bookmarksListTheSectionsAndOpenTheirPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(englishPdf.bytes())) {
            List<String> titles = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                titles.add(item.getTitle());
                pages.add(document.getPages().indexOf(item.findDestinationPage(document)) + 1);
            }
            assertEquals(List.of("About this leaflet", "What is NEMO deficiency?", "What causes it?",
                    "What are the signs and symptoms?", "How is it diagnosed?", "How is it treated?",
                    "What does this mean for the future?", "Is there a support group?", "Glossary"), titles);
            assertEquals(List.of(2, 3, 3, 4, 4, 5, 5, 5, 6), pages);
            assertEquals(PageMode.USE_OUTLINES, document.getDocumentCatalog().getPageMode(), "the viewer shows them");
        }
    }

    @Test
    void frenchLabelsAreFrench() {
        Leaflet french = ModelFixtures.french().withSections(List.of(
                new Section(new SectionKey("treatment"), "", ModelFixtures.french().sections().get(0).blocks()),
                new Section(new SectionKey("glossary"), "", List.of(new GlossaryTerm("immunoglobuline",
                        "protéines du corps qui agissent comme anticorps", Provenance.UNKNOWN)))));
        List<String> pages = PdfText.pagesOf(Project.printRenderer().renderPdf(Publication.of(french)).bytes());
        assertTrue(PdfText.hasLine(pages.get(1), "Sommaire"), pages.get(1));
        assertTrue(pages.stream().anyMatch(p -> PdfText.hasLine(p, "Glossaire")), "the glossary's French heading");
        assertTrue(pages.stream().anyMatch(p -> PdfText.hasLine(p, "Notes")), "the Notes page");
        assertTrue(pages.get(1).contains("Publié par Immunodeficiency UK"), pages.get(1));
    }

    @Test
    void anUnknownPageSizeFailsNamingTheSizesThereAre() {
        RenderException e = assertThrows(RenderException.class, () -> Project.printRenderer()
                .render(Publication.of(english), PrintOptions.DEFAULTS.withPageSize("Letter")));
        assertTrue(e.getMessage().contains("no page size called 'Letter'") && e.getMessage().contains("[A5, A4]"),
                e.getMessage());
    }

    @Test
    void a4ByOptionIsA4() throws IOException {
        RenderedPdf a4 = Project.printRenderer().render(Publication.of(english), PrintOptions.DEFAULTS.withPageSize("A4")).pdf();
        try (PDDocument document = Loader.loadPDF(a4.bytes())) {
            assertEquals(595.28, document.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(841.89, document.getPage(0).getMediaBox().getHeight(), 0.5);
        }
    }

    @Test
    void bookletIsFilledToWholeSheetsWithNotesPages() {
        // The English text fills pages 3 to 6: a Notes page makes up the eighth, as in the designer's.
        List<String> english = PdfText.pagesOf(englishPdf.bytes());
        assertEquals(8, englishPdf.pageCount());
        assertEquals(8, english.size());
        assertTrue(PdfText.hasLine(english.get(6), "Notes"), english.get(6));
        // The French fills five pages, so three ruled Notes pages make up two folded sheets.
        List<String> french = PdfText.pagesOf(frenchPdf.bytes());
        assertEquals(8, frenchPdf.pageCount());
        assertEquals(3, french.stream().filter(p -> PdfText.hasLine(p, "Notes")).count(), "one Notes heading a page");
        assertTrue(french.get(7).contains("Immunodeficiency UK"), "the back cover stays last");
    }

    @Test
    void backCoverCarriesThePublishersBlurb() {
        List<String> pages = PdfText.pagesOf(englishPdf.bytes());
        assertTrue(pages.get(7).contains("reliant on voluntary donations"), pages.get(7));
    }

    @Test
    void coverShowsNoPageNumberAndInsidePagesDo() {
        List<String> pages = PdfText.pagesOf(englishPdf.bytes());
        assertFalse(PdfText.hasLine(pages.get(0), "1"), "no number on the cover");
        assertTrue(PdfText.hasLine(pages.get(2), "3"), "page 3 is numbered");
    }

    @Test
    void sameModelGivesTheSameBytes() {
        RenderedPdf again = Project.printRenderer().renderPdf(Publication.of(ModelFixtures.english()));
        assertArrayEquals(englishPdf.bytes(), again.bytes());
    }

    @Test
    void anotherJvmGivesTheSameBytesForThePdfTheMasterAndTheBooklet(@TempDir Path dir) throws Exception {
        Process process = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                PrintFixture.class.getName(), "nemo-deficiency-syndrome.en.json", dir.toString(), "all")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
        PrintedLeaflet here = Project.printRenderer().render(Publication.of(english),
                PrintOptions.DEFAULTS.withBleedMaster(true).withBooklet(true));
        Map<String, byte[]> files = here.files("leaflet", "xx");
        assertEquals(List.of("leaflet.xx.pdf", "leaflet.xx.print.pdf", "leaflet.xx.booklet.pdf"), List.copyOf(files.keySet()));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            assertArrayEquals(file.getValue(), Files.readAllBytes(dir.resolve(file.getKey())), file.getKey());
        }
        assertArrayEquals(englishPdf.bytes(), files.get("leaflet.xx.pdf"));
    }

    @Test
    void sourceDateEpochDatesThePdf() throws IOException {
        Instant epoch = BuildTimestamp.of(english.edition(), Map.of("SOURCE_DATE_EPOCH", "1700000000"));
        RenderedPdf pdf = Project.printRenderer().renderPdf(Publication.of(english), epoch);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            assertEquals(Instant.ofEpochSecond(1700000000L),
                    document.getDocumentInformation().getCreationDate().toInstant());
        }
    }

    @Test
    void leafletWithNothingButATitleStillPrintsAndPublishes() {
        Leaflet bare = new Leaflet("bare", "de", null, "Nur ein Titel", null, null, null, null, null, List.of(), List.of());
        RenderedPdf pdf = Project.printRenderer().renderPdf(Publication.of(bare));
        assertEquals(4, pdf.pageCount(), "cover, inside cover, a Notes page, back cover");
        assertEquals(Instant.EPOCH, BuildTimestamp.of(bare.edition(), Map.of()));
        assertEquals(WarningCode.UI_STRINGS_MISSING, pdf.warnings().get(0).code(), "German falls back to English, with a warning");
        RenderedPage page = Project.htmlRenderer().renderPage(
                new LeafletPage(Publication.of(bare), List.of(), pdf.facts("bare.de.pdf")));
        assertTrue(page.html().contains("<h1>Nur ein Titel</h1>"));
    }

    @Test
    void paragraphInAnotherLanguageIsMarkedInTheXhtml() {
        Leaflet french = ModelFixtures.french();
        Block english = new Paragraph("Live vaccines should not be given.", "en", Provenance.UNKNOWN);
        Leaflet mixed = french.withSections(List.of(new Section(SectionKey.UNASSIGNED, "", List.of(english))));
        String xhtml = Project.printRenderer().xhtmlOf(Publication.of(mixed), Project.STRINGS.in("fr"), 0);
        assertTrue(xhtml.contains("<p lang=\"en\" xml:lang=\"en\">Live vaccines"), xhtml);
    }
}
