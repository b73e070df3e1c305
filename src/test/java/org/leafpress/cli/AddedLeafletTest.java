package org.leafpress.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leafpress.testing.CommandLineRun.leafpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.testing.CommandLineRun;
import org.leafpress.testing.Fixtures;
import org.leafpress.testing.PdfText;
import org.leafpress.testing.Project;

/**
 * An editor's new leaflet beside the bundled ones: a copy of the sources with the tests' own
 * head-lice leaflet (English and French text) added builds, and every leaflet in it passes the
 * build's checks. Nothing here names a bundled leaflet, so the editors may change them freely.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AddedLeafletTest {

    private static final Path ADDED = Path.of("src/test/resources/fixtures/added-leaflet/head-lice");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path output;
    private CommandLineRun run;
    private JsonNode report;

    @BeforeAll
    void buildTheSourcesWithALeafletAdded(@TempDir Path dir) throws Exception {
        Path sources = Fixtures.copyOfBundledSources(dir);
        Fixtures.copyTree(ADDED, sources.resolve("head-lice"));
        output = dir.resolve("output");
        run = leafpress("build", "--sources", sources.toString(), "--output", output.toString());
        report = JSON.readTree(output.resolve("reports/build.json").toFile());
    }

    @Test
    void everyLeafletBuildsTheAddedOneWithThem() {
        assertEquals(0, run.status(), run.err());
        assertEquals(0, report.path("leafletsFailed").asInt(), run.out());
        List<String> built = new ArrayList<>();
        report.path("leaflets").forEach(l -> {
            if (l.path("status").asText().equals("built")) built.add(l.path("leaflet").asText());
        });
        assertTrue(built.contains("head-lice"), "built: " + built);
        assertEquals(report.path("leaflets").size(), built.size(), "every leaflet built: " + built);
    }

    @Test
    void everyLanguageOfEveryLeafletHasItsPagePdfAndModel() {
        List<String> missing = new ArrayList<>();
        for (JsonNode leaflet : report.path("leaflets")) {
            for (JsonNode output : leaflet.path("outputs")) {
                if (!Files.isRegularFile(this.output.resolve(output.asText()))) missing.add(output.asText());
            }
        }
        assertEquals(List.of(), missing);
        for (String lang : List.of("en", "fr")) {
            for (String file : List.of("index.html", "head-lice." + lang + ".pdf", "model.json")) {
                assertTrue(Files.isRegularFile(output.resolve("head-lice/" + lang + "/" + file)), lang + "/" + file);
            }
        }
    }

    @Test
    void addedLeafletsPagesHaveOneTitleTheirSectionsAndALinkToTheirPdf() throws Exception {
        for (String lang : List.of("en", "fr")) {
            Path page = output.resolve("head-lice/" + lang + "/index.html");
            Document html = Jsoup.parse(page.toFile());
            Element pdfLink = html.selectFirst(".download a.pdf");
            JsonNode model = JSON.readTree(output.resolve("head-lice/" + lang + "/model.json").toFile());
            List<String> keys = new ArrayList<>();
            model.path("sections").forEach(s -> keys.add(s.path("key").asText()));
            assertAll(lang,
                    () -> assertEquals(lang, html.selectFirst("html").attr("lang")),
                    () -> assertEquals(1, html.select("h1").size()),
                    () -> assertEquals(model.path("title").asText(), html.selectFirst("h1").text()),
                    () -> assertEquals(List.of("overview", "causes", "symptoms", "treatment", "support"), keys),
                    () -> assertEquals(keys.size(), html.select("nav.contents a").size(), "a contents entry a section"),
                    () -> assertTrue(pdfLink != null
                            && Files.isRegularFile(page.resolveSibling(pdfLink.attr("href"))), "the PDF link resolves"),
                    () -> assertTrue(html.text().contains(Project.ui(lang, "skip-link")), "the skip link in " + lang));
        }
    }

    @Test
    void addedLeafletsPdfHoldsItsHeadingsAndTheFrenchTranslationFollowsItsSource() throws Exception {
        String english = String.join("\n", PdfText.pagesOf(Files.readAllBytes(output.resolve("head-lice/en/head-lice.en.pdf"))));
        for (String heading : List.of("What are head lice?", "How do you catch it?", "How is it treated?")) {
            assertTrue(english.contains(heading), heading);
        }
        JsonNode parity = JSON.readTree(output.resolve("reports/parity.json").toFile());
        JsonNode headLice = null;
        for (JsonNode l : parity.path("leaflets")) if (l.path("leaflet").asText().equals("head-lice")) headLice = l;
        assertTrue(headLice != null, "the parity report covers the added leaflet");
        JsonNode french = headLice.path("translations").get(0);
        assertEquals("fr", french.path("language").asText());
        for (JsonNode section : french.path("sections")) {
            assertEquals("translated", section.path("status").asText(), section.toString());
        }
        assertFalse(Jsoup.parse(output.resolve("index.html").toFile()).select("a[href^=head-lice/]").isEmpty(),
                "the index lists the added leaflet");
    }
}
