package org.leafpress.render;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Provenance;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;

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
        String html = englishPage();
        Leaflet english = ModelFixtures.english();
        assertEquals(1, count(html, "<h1[ >]"), "one h1");
        for (Section section : english.sections()) {
            if (section.key().equals(LeafletView.ABOUT_PUBLISHER)) continue;
            String key = section.key().value();
            assertTrue(html.contains("<section id=\"" + key + "\""), "a section with id " + key);
            assertTrue(html.contains(">" + section.heading().replace("’", "’") + "</h2>"), "h2 " + section.heading());
        }
        // Nine sections with headings, and the contents.
        assertEquals(10, count(html, "<h2[ >]"));
    }

    @Test
    void contentsLinkToEverySectionInOrder() {
        String html = englishPage();
        String contents = html.substring(html.indexOf("<nav class=\"contents\""), html.indexOf("</nav>",
                html.indexOf("<nav class=\"contents\"")));
        List<String> targets = Pattern.compile("href=\"#([a-z-]+)\"").matcher(contents).results()
                .map(r -> r.group(1)).toList();
        assertEquals(List.of("overview", "causes", "symptoms", "diagnosis", "treatment", "outlook", "support",
                "glossary"), targets);
    }

    @Test
    void frenchPageDeclaresItsLanguageAndOffersTheEnglishOne() {
        String html = frenchPage(ModelFixtures.french());
        assertAll(
                () -> assertTrue(html.contains("<html lang=\"fr\">")),
                () -> assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"../en/index.html\">")),
                () -> assertTrue(html.contains("<a href=\"../en/index.html\" hreflang=\"en\" lang=\"en\">English</a>")),
                () -> assertTrue(html.contains("Aller au contenu"), "skip link in French"),
                () -> assertTrue(html.contains("Cette traduction est partielle"), "partial notice"),
                () -> assertTrue(html.contains("dès qu’un diagnostic"), "text intact"),
                () -> assertEquals(1, count(html, "<h1[ >]")),
                () -> assertEquals(0, count(html, "<h2[ >]"), "an unassigned section has no heading"));
    }

    @Test
    void pageLinksTheSharedStylesheetAndThePdfWithItsSizeAndLength() {
        String english = englishPage();
        String french = frenchPage(ModelFixtures.french());
        assertAll(
                () -> assertTrue(english.contains("href=\"../../assets/site.css\"")),
                () -> assertTrue(english.contains("href=\"nemo-deficiency-syndrome.en.pdf\" type=\"application/pdf\">Download the PDF</a>")),
                () -> assertTrue(english.contains("(PDF, 50 KB, 8 pages)")),
                () -> assertTrue(french.contains("(PDF, 1,5 Mo, 4 pages)")),
                () -> assertTrue(english.contains("<time datetime=\"2019-02\">February 2019</time>")),
                () -> assertTrue(english.contains("Immunodeficiency UK")),
                () -> assertTrue(english.contains("href=\"../../index.html\"")),
                () -> assertTrue(english.contains("our website at <a href=\"https://www.immunodeficiencyuk.org\">"
                        + "www.immunodeficiencyuk.org</a>."), "addresses in the text are links"));
    }

    @Test
    void glossaryFiguresAndNotesUseTheirHtmlElements() {
        Leaflet english = ModelFixtures.english();
        Leaflet withNote = english.withSections(List.of(new Section(new SectionKey("treatment"), "",
                List.of(new Note("Live vaccines should not be given.", Provenance.UNKNOWN)))));
        String html = englishPage();
        String note = Project.htmlRenderer().renderPage(
                new LeafletPage(Publication.of(withNote), List.of(), ENGLISH_PDF)).html();
        assertAll(
                () -> assertTrue(html.contains("<dl class=\"glossary\">")),
                () -> assertTrue(html.contains("<div><dt>gene</dt><dd>section of DNA")),
                () -> assertTrue(html.contains("<figcaption>Mechanism of X-linked inheritance <small class=\"credit\">Diagram: © UCL Health Creatives 2015</small></figcaption>")),
                () -> assertTrue(note.contains("<aside class=\"note\" aria-label=\"Note\"><p>Live vaccines")),
                () -> assertTrue(note.contains("<h2 id=\"treatment-title\">Treatment</h2>"), "empty heading: UI default"),
                () -> assertFalse(note.contains("<nav class=\"languages\""), "no switcher for one language"));
    }

    @Test
    void paragraphInAnotherLanguageCarriesItsLang() {
        Leaflet french = ModelFixtures.french();
        Section mixed = new Section(SectionKey.UNASSIGNED, "", List.of(
                new Paragraph("Le but du traitement.", "fr", Provenance.UNKNOWN),
                new Paragraph("Live vaccines should not be given.", "en", Provenance.UNKNOWN)));
        String html = frenchPage(french.withSections(List.of(mixed)));
        assertTrue(html.contains("<p>Le but du traitement.</p>"));
        assertTrue(html.contains("<p lang=\"en\">Live vaccines should not be given.</p>"));
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
        String html = index.html();
        assertAll(
                () -> assertTrue(html.contains("<html lang=\"en\">")),
                () -> assertEquals(1, count(html, "<h1[ >]")),
                () -> assertEquals(1, count(html, "<li class=\"leaflet-card\">"), "one card for both languages"),
                () -> assertTrue(html.contains("href=\"nemo-deficiency-syndrome/en/index.html\" hreflang=\"en\" lang=\"en\">English</a>")),
                () -> assertTrue(html.contains("href=\"nemo-deficiency-syndrome/fr/index.html\" hreflang=\"fr\" lang=\"fr\">Français</a>")),
                () -> assertTrue(html.contains("href=\"nemo-deficiency-syndrome/fr/nemo-deficiency-syndrome.fr.pdf\"")),
                () -> assertTrue(html.contains("partial translation")),
                () -> assertTrue(html.contains("href=\"assets/site.css\"")),
                () -> assertTrue(index.warnings().isEmpty(), index.warnings().toString()));
    }

    @Test
    void sameModelGivesTheSamePage() {
        assertEquals(englishPage(), englishPage());
    }
}
