package org.leafpress.render.html;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.model.Edition;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Provenance;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.render.LeafletView;
import org.leafpress.render.PdfFacts;
import org.leafpress.render.Publication;
import org.leafpress.render.UiStrings;
import org.leafpress.testing.ModelFixtures;
import org.leafpress.testing.Project;

class HtmlRendererTest {

    static final PdfFacts ENGLISH_PDF = new PdfFacts("nemo-deficiency-syndrome.en.pdf", 51_200, 8);
    static final PdfFacts FRENCH_PDF = new PdfFacts("nemo-deficiency-syndrome.fr.pdf", 1_572_864, 4);

    static String englishPage() {
        Publication en = Publication.of(ModelFixtures.english());
        return Project.htmlRenderer().renderPage(new LeafletPage(en, List.of("fr"), ENGLISH_PDF)).html();
    }

    static String frenchPage(Leaflet french) {
        Publication fr = Publication.of(french).asPartialTranslationOf("en");
        return Project.htmlRenderer().renderPage(new LeafletPage(fr, List.of("en"), FRENCH_PDF)).html();
    }

    static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    @Test
    void englishPageHasOneH1AndAnH2ForEverySection() {
        Document html = Jsoup.parse(englishPage());
        Leaflet english = ModelFixtures.english();
        assertEquals(1, html.select("h1").size(), "one h1");
        for (Section section : english.sections()) {
            if (section.key().equals(LeafletView.ABOUT_PUBLISHER)) continue;
            String key = section.key().value();
            Element element = html.getElementById(key);
            assertTrue(element != null && element.tagName().equals("section"), "a section with id " + key);
            assertEquals(section.heading(), element.selectFirst("h2").text(), "h2 of " + key);
        }
        // Nine sections with headings, and the contents.
        assertEquals(10, html.select("h2").size());
    }

    @Test
    void contentsLinkToEverySectionInOrder() {
        Document html = Jsoup.parse(englishPage());
        List<String> targets = html.select("nav.contents a[href^=#]").eachAttr("href").stream()
                .map(href -> href.substring(1)).toList();
        assertEquals(List.of("overview", "causes", "symptoms", "diagnosis", "treatment", "outlook", "support",
                "glossary"), targets);
    }

    @Test
    void frenchPageDeclaresItsLanguageAndOffersTheEnglishOne() {
        Document html = Jsoup.parse(frenchPage(ModelFixtures.french()));
        Element english = html.selectFirst("nav.languages a[hreflang=en]");
        String partial = Project.ui("fr", "partial-translation");
        assertAll(
                () -> assertEquals("fr", html.selectFirst("html").attr("lang")),
                () -> assertEquals("../en/index.html", html.selectFirst("link[rel=alternate][hreflang=en]").attr("href")),
                () -> assertEquals("../en/index.html", english.attr("href")),
                () -> assertEquals("en", english.attr("lang")),
                () -> assertEquals(Project.ui("en", "language.self"), english.text()),
                () -> assertEquals(Project.ui("fr", "skip-link"), html.selectFirst("a.skip-link").text(), "skip link in French"),
                // French no-break spaces (templates/i18n/typography.yaml) compared as plain ones.
                () -> assertTrue(html.text().replace('\u00A0', ' ').contains(partial.substring(0, partial.indexOf('{')).replace('\u00A0', ' ').strip()),
                        "partial notice"),
                () -> assertTrue(html.text().contains("dès qu’un diagnostic"), "text intact"),
                () -> assertEquals(1, html.select("h1").size()),
                () -> assertEquals(0, html.select("h2").size(), "an unassigned section has no heading"));
    }

    @Test
    void pageLinksTheSharedStylesheetAndThePdfWithItsSizeAndLength() {
        Document english = Jsoup.parse(englishPage());
        Document french = Jsoup.parse(frenchPage(ModelFixtures.french()));
        Element pdf = english.selectFirst("a[href=nemo-deficiency-syndrome.en.pdf]");
        assertAll(
                () -> assertEquals(1, english.select("link[rel=stylesheet][href=../../assets/site.css]").size()),
                () -> assertEquals("application/pdf", pdf.attr("type")),
                () -> assertEquals(Project.ui("en", "download-pdf"), pdf.text()),
                () -> assertEquals("(PDF, 50 KB, 8 pages)", english.getElementById(pdf.attr("aria-describedby")).text(),
                        "the link is described by its size and length"),
                () -> assertTrue(french.text().contains("(PDF, 1,5 Mo, 4 pages)")),
                () -> assertEquals("February 2019", english.selectFirst("time[datetime=2019-02]").text()),
                () -> assertTrue(english.text().contains("Immunodeficiency UK")),
                () -> assertFalse(english.select("a[href=../../index.html]").isEmpty()),
                () -> assertEquals("www.immunodeficiencyuk.org",
                        english.selectFirst("a[href=https://www.immunodeficiencyuk.org]").text(), "addresses in the text are links"));
    }

    @Test
    void glossaryFiguresAndNotesUseTheirHtmlElements() {
        Leaflet english = ModelFixtures.english();
        Leaflet withNote = english.withSections(List.of(new Section(new SectionKey("treatment"), "",
                List.of(new Note("Live vaccines should not be given.", Provenance.UNKNOWN)))));
        Document html = Jsoup.parse(englishPage());
        Document note = Jsoup.parse(Project.htmlRenderer().renderPage(
                new LeafletPage(Publication.of(withNote), List.of(), ENGLISH_PDF)).html());
        Element gene = html.select("dl.glossary dt").stream().filter(dt -> dt.text().equals("gene")).findFirst().orElseThrow();
        Element aside = note.selectFirst("aside.note");
        assertAll(
                () -> assertTrue(gene.nextElementSibling().tagName().equals("dd")
                        && gene.nextElementSibling().text().startsWith("section of DNA")),
                () -> assertEquals("Mechanism of X-linked inheritance Diagram: © UCL Health Creatives 2015",
                        html.selectFirst("figure figcaption").text()),
                () -> assertEquals("Diagram: © UCL Health Creatives 2015", html.selectFirst("figcaption small.credit").text()),
                () -> assertEquals(Project.ui("en", "note"), aside.attr("aria-label")),
                () -> assertTrue(aside.selectFirst("p").text().startsWith("Live vaccines")),
                () -> assertEquals(Project.ui("en", "section.treatment"), note.selectFirst("#treatment h2").text(),
                        "empty heading: UI default"),
                () -> assertTrue(note.select("nav.languages").isEmpty(), "no switcher for one language"));
    }

    @Test
    void paragraphInAnotherLanguageCarriesItsLang() {
        Leaflet french = ModelFixtures.french();
        Section mixed = new Section(SectionKey.UNASSIGNED, "", List.of(
                new Paragraph("Le but du traitement.", "fr", Provenance.UNKNOWN),
                new Paragraph("Live vaccines should not be given.", "en", Provenance.UNKNOWN)));
        Document html = Jsoup.parse(frenchPage(french.withSections(List.of(mixed))));
        Element frenchParagraph = html.select("p").stream().filter(p -> p.text().equals("Le but du traitement."))
                .findFirst().orElseThrow();
        Element englishParagraph = html.select("p").stream()
                .filter(p -> p.text().equals("Live vaccines should not be given.")).findFirst().orElseThrow();
        assertFalse(frenchParagraph.hasAttr("lang"), "the page's own language is not repeated");
        assertEquals("en", englishParagraph.attr("lang"));
    }

    @Test
    void textFromTheModelIsEscaped() {
        Leaflet english = ModelFixtures.english();
        Section hostile = new Section(new SectionKey("overview"), "<script>alert(1)</script>",
                List.of(new Paragraph("5 < 6 & \"quoted\"", "en", Provenance.UNKNOWN)));
        String html = Project.htmlRenderer().renderPage(new LeafletPage(
                Publication.of(english.withSections(List.of(hostile))), List.of(), ENGLISH_PDF)).html();
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("5 &lt; 6 &amp; &quot;quoted&quot;"));
    }

    @Test
    void indexListsEveryLeafletInEveryLanguageWithPagesAndPdfs() {
        Publication en = Publication.of(ModelFixtures.english());
        Publication fr = Publication.of(ModelFixtures.french()).asPartialTranslationOf("en");
        RenderedPage index = Project.htmlRenderer().renderIndex(
                List.of(new IndexEntry(en, ENGLISH_PDF), new IndexEntry(fr, FRENCH_PDF)), "en");
        Document html = Jsoup.parse(index.html());
        Element english = html.selectFirst("a[href=nemo-deficiency-syndrome/en/index.html]");
        Element french = html.selectFirst("a[href=nemo-deficiency-syndrome/fr/index.html]");
        assertAll(
                () -> assertEquals("en", html.selectFirst("html").attr("lang")),
                () -> assertEquals(1, html.select("h1").size()),
                () -> assertEquals(1, html.select("li.leaflet-card").size(), "one card for both languages"),
                () -> assertEquals(List.of("en", "en", Project.ui("en", "language.self")),
                        List.of(english.attr("hreflang"), english.attr("lang"), english.text())),
                () -> assertEquals(List.of("fr", "fr", Project.ui("fr", "language.self")),
                        List.of(french.attr("hreflang"), french.attr("lang"), french.text())),
                () -> assertFalse(html.select("a[href=nemo-deficiency-syndrome/fr/nemo-deficiency-syndrome.fr.pdf]").isEmpty()),
                () -> assertTrue(html.text().contains(Project.ui("en", "index.partial"))),
                () -> assertEquals(1, html.select("link[rel=stylesheet][href=assets/site.css]").size()),
                () -> assertTrue(index.warnings().isEmpty(), index.warnings().toString()));
    }

    @Test
    void pageShowsEditionPublicationAndReviewDatesAndThePublisher() {
        Publication reviewed = Publication.of(ModelFixtures.english()).withReviewed("2021-06-15");
        Document html = Jsoup.parse(Project.htmlRenderer().renderPage(new LeafletPage(reviewed, List.of("fr"), ENGLISH_PDF)).html());
        List<String> items = html.select("li").eachText();
        assertAll(
                () -> assertTrue(items.contains("First edition"), "edition label: " + items),
                () -> assertTrue(items.contains(Project.ui("en", "dated.published").replace("{date}", "February 2019")), items.toString()),
                () -> assertTrue(items.contains(Project.ui("en", "dated.reviewed").replace("{date}", "15 June 2021")), items.toString()),
                () -> assertEquals("15 June 2021", html.selectFirst("time[datetime=2021-06-15]").text()),
                () -> assertEquals("Immunodeficiency UK", html.selectFirst("p.publisher").text()));
    }

    @Test
    void reviewDateIsTheEditionDateUnlessGiven() {
        assertTrue(englishPage().contains("<li>Last reviewed <time datetime=\"2019-02\">February 2019</time></li>"));
        String french = frenchPage(ModelFixtures.french());
        assertTrue(french.contains("<li>Dernière révision\u00A0: <time datetime=\"2019-02\">février 2019</time></li>"),
                "French wording with its no-break space");
    }

    @Test
    void jsonLdDescribesAMedicalWebPageAboutTheCondition() throws Exception {
        JsonNode data = jsonLdOf(Project.htmlRenderer().renderPage(new LeafletPage(
                Publication.of(ModelFixtures.english()).withReviewed("2021-06"), List.of("fr"), ENGLISH_PDF)).html());
        assertAll(
                () -> assertEquals("https://schema.org", data.path("@context").asText()),
                () -> assertEquals("MedicalWebPage", data.path("@type").asText()),
                () -> assertEquals("NEMO deficiency syndrome", data.path("name").asText()),
                () -> assertEquals("en", data.path("inLanguage").asText()),
                () -> assertEquals("2019-02", data.path("datePublished").asText()),
                () -> assertEquals("2021-06", data.path("lastReviewed").asText()),
                () -> assertEquals("Organization", data.path("publisher").path("@type").asText()),
                () -> assertEquals("Immunodeficiency UK", data.path("publisher").path("name").asText()),
                () -> assertEquals("MedicalCondition", data.path("about").path("@type").asText()),
                () -> assertEquals("NEMO deficiency syndrome", data.path("about").path("name").asText()));
    }

    @Test
    void jsonLdLeavesOutADateThatIsNotMachineReadable() throws Exception {
        Leaflet spring = ModelFixtures.english().withIdentity("x", "en", "Hay fever", new Edition("", "spring 2019"),
                "", "");
        String html = Project.htmlRenderer().renderPage(new LeafletPage(Publication.of(spring), List.of(), ENGLISH_PDF))
                .html();
        JsonNode data = jsonLdOf(html);
        assertFalse(data.has("datePublished"));
        assertFalse(data.has("lastReviewed"));
        assertFalse(data.has("publisher"));
        assertTrue(html.contains("<li>Published spring 2019</li>"), "shown, not marked up");
    }

    @Test
    void textInTheJsonLdCannotCloseTheScript() throws Exception {
        String hostile = "Fever</script><script>alert(\"1\")</script>";
        Leaflet leaflet = ModelFixtures.english().withIdentity("x", "en", hostile, Edition.UNKNOWN, "A & B", "");
        String html = Project.htmlRenderer().renderPage(new LeafletPage(Publication.of(leaflet), List.of(), ENGLISH_PDF))
                .html();
        String head = html.substring(0, html.indexOf("</head>"));
        assertEquals(1, count(head, "</script>"), "only the JSON-LD's own end tag");
        JsonNode data = jsonLdOf(html);
        assertEquals(hostile, data.path("name").asText());
        assertEquals("A & B", data.path("publisher").path("name").asText());
    }

    @Test
    void titleAndEditionFromAnotherLanguageAreMarkedWithIt() {
        Publication fr = Publication.of(ModelFixtures.french()).asPartialTranslationOf("en").withTitleLanguage("en");
        String html = Project.htmlRenderer().renderPage(new LeafletPage(fr, List.of("en"), FRENCH_PDF)).html();
        assertAll(
                () -> assertTrue(html.contains("<h1 lang=\"en\">NEMO deficiency syndrome</h1>")),
                () -> assertTrue(html.contains("<li><span lang=\"en\">First edition</span></li>")),
                () -> assertTrue(html.contains("<p class=\"imprint-title\"><span lang=\"en\">NEMO deficiency syndrome</span></p>")));
        String english = Project.htmlRenderer().renderPage(new LeafletPage(
                Publication.of(ModelFixtures.english()).withTitleLanguage("en-GB"), List.of(), ENGLISH_PDF)).html();
        assertTrue(english.contains("<h1>NEMO deficiency syndrome</h1>"), "en-GB on an en page is not foreign");
    }

    @Test
    void attributionAndCopyrightAreShownInTheImprint() {
        Leaflet adapted = ModelFixtures.english().withIdentity("idf", "en", "NEMO deficiency syndrome",
                new Edition("Web edition", "2019"), "Immune Deficiency Foundation",
                "Copyright ©2019 by Immune Deficiency Foundation, USA");
        adapted = new Leaflet(adapted.id(), adapted.language(), adapted.detectedLanguage(), adapted.title(),
                adapted.edition(), adapted.publisher(), adapted.copyright(),
                "Adapted from the IDF Patient & Family Handbook, Sixth Edition\u00A0", adapted.source(),
                adapted.sections(), adapted.warnings());
        String html = Project.htmlRenderer().renderPage(new LeafletPage(Publication.of(adapted), List.of(), ENGLISH_PDF))
                .html();
        assertAll(
                () -> assertTrue(html.contains("<p class=\"attribution\">Adapted from the IDF Patient &amp; Family "
                        + "Handbook, Sixth Edition</p>"), "attribution, trailing no-break space gone"),
                () -> assertTrue(html.contains("<p>Copyright ©2019 by Immune Deficiency Foundation, USA</p>")),
                () -> assertTrue(html.contains("\"creditText\": \"Adapted from the IDF")));
    }

    @Test
    void partialTranslationPointsToTheWholeLeaflet() {
        String html = frenchPage(ModelFixtures.french());
        assertTrue(html.contains("n’existent qu’en anglais. <a href=\"../en/index.html\">Lire le dépliant complet en "
                + "anglais.</a></p>"), html);
    }

    @Test
    void indexShowsEachTranslationsParityStatusInWordsAndColour() {
        IndexEntry en = new IndexEntry(Publication.of(ModelFixtures.english()), ENGLISH_PDF);
        IndexEntry fr = new IndexEntry(Publication.of(ModelFixtures.french()), FRENCH_PDF).withParityStatus("stale");
        RenderedPage index = Project.htmlRenderer().renderIndex(List.of(en, fr), "en");
        String html = index.html();
        assertAll(
                () -> assertTrue(html.contains("<span class=\"parity parity-stale\">translation out of date</span>")),
                () -> assertEquals(1, count(html, "class=\"parity "), "the original has no status"),
                () -> assertEquals(List.of(), index.warnings()));
    }

    @Test
    void unknownParityStatusShowsItsWordAndWarnsNamingTheKey() {
        IndexEntry fr = new IndexEntry(Publication.of(ModelFixtures.french()), FRENCH_PDF)
                .withParityStatus("Needs Review");
        RenderedPage index = Project.htmlRenderer().renderIndex(List.of(fr), "en");
        assertTrue(index.html().contains("<span class=\"parity parity-needs-review\">needs-review</span>"));
        assertEquals(1, index.warnings().size());
        assertTrue(index.warnings().get(0).message().contains("'parity.needs-review'"), index.warnings().toString());
    }

    static JsonNode jsonLdOf(String html) throws IOException {
        Matcher m = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL).matcher(html);
        assertTrue(m.find(), "a JSON-LD script");
        return new ObjectMapper().readTree(m.group(1));
    }

    @Test
    void uiStringMissingFromEveryLanguageIsAWarningNamingTheKeyNotACrash(@TempDir Path dir) throws IOException {
        Path i18n = Files.createDirectories(dir.resolve("i18n"));
        for (String language : List.of("en", "fr")) {
            String text = Files.readString(Project.TEMPLATES.resolve("i18n/" + language + ".properties"));
            Files.writeString(i18n.resolve(language + ".properties"),
                    text.replaceAll("(?m)^(contents|download-pdf)=.*$", ""));
        }
        HtmlRenderer renderer = HtmlRenderer.of(Project.TEMPLATES_IN_USE, UiStrings.in(i18n));
        RenderedPage page = renderer.renderPage(new LeafletPage(Publication.of(ModelFixtures.english()), List.of("fr"),
                ENGLISH_PDF));
        assertTrue(page.html().contains("<h2 id=\"contents-title\">contents</h2>"), "the gap shows as the key");
        List<String> messages = page.warnings().stream().map(Warning::message).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'download-pdf'")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.contains("'contents'")), messages.toString());
        assertTrue(page.warnings().stream().allMatch(w -> w.code() == WarningCode.UI_STRING_MISSING));
    }

    @Test
    void sameModelGivesTheSamePage() {
        assertEquals(englishPage(), englishPage());
    }
}
