package org.leafpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leafpress.testing.CommandLineRun.leafpress;
import static org.leafpress.testing.Fixtures.copyTree;
import static org.leafpress.testing.Fixtures.deleteTree;
import static org.leafpress.testing.Fixtures.filesUnder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.source.SourceDiscovery;
import org.leafpress.testing.CommandLineRun;
import org.leafpress.testing.Fixtures;

/** The editor's story: one command turns the bundled sources into the published site. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildEndToEndTest {

    private static final String NEMO = "nemo-deficiency-syndrome";

    private Path work;

    private Path sources;
    private Path output;
    private CommandLineRun firstBuild;

    @BeforeAll
    void buildACopyOfTheBundledSources(@TempDir Path dir) {
        work = dir;
        sources = Fixtures.copyOfBundledSources(work);
        output = work.resolve("output");
        firstBuild = leafpress("build", "--sources", sources.toString(), "--output", output.toString());
    }

    /** The one test that builds sources/ itself: whatever leaflets the editors keep there, none fails. */
    @Test
    void bundledSourcesBuildWithNoFailure() {
        CommandLineRun run = leafpress("build", "--sources", "sources", "--output", work.resolve("bundled").toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().matches("(?s).*\\d+ leaflets? built, 0 failed.*"), run.out());
    }

    @Test
    void fixtureSourcesBuildWithExitStatusZeroAndASummary() {
        assertEquals(0, firstBuild.status(), firstBuild.err());
        assertTrue(firstBuild.out().contains("2 leaflets built, 0 failed"), firstBuild.out());
    }

    @Test
    void outputHasEveryContractPath() {
        for (String path : List.of("index.html", "reports/build.json",
                NEMO + "/en/index.html", NEMO + "/en/" + NEMO + ".en.pdf", NEMO + "/en/model.json",
                NEMO + "/fr/index.html", NEMO + "/fr/" + NEMO + ".fr.pdf", NEMO + "/fr/model.json",
                NEMO + "-idf/en/index.html", NEMO + "-idf/en/" + NEMO + "-idf.en.pdf", NEMO + "-idf/en/model.json")) {
            assertTrue(Files.isRegularFile(output.resolve(path)), path);
        }
    }

    @Test
    void englishModelHasTheEightSectionsOfTheLeafletWithTheirCanonicalKeys() throws IOException {
        JsonNode model = new ObjectMapper().readTree(output.resolve(NEMO + "/en/model.json").toFile());
        List<String> keys = new ArrayList<>();
        model.path("sections").forEach(s -> keys.add(s.path("key").asText()));

        assertEquals(List.of("overview", "causes", "symptoms", "diagnosis", "treatment", "outlook", "support",
                "glossary"), keys.stream().filter(k -> !k.startsWith("about")).toList());
        assertEquals("en", model.path("detectedLanguage").path("language").asText());
        assertEquals("application/pdf", model.path("source").path("mediaType").asText());
        assertEquals(64, model.path("source").path("sha256").asText().length());
    }

    @Test
    void englishPdfReadBackHoldsEverySectionHeadingInOrder() throws IOException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(output.resolve(NEMO + "/en/" + NEMO + ".en.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        int from = text.indexOf("About this leaflet");
        assertTrue(from >= 0, "no 'About this leaflet' in the PDF");
        // Past the contents list: the headings as they stand above their sections.
        int at = text.lastIndexOf("What is NEMO deficiency?");
        for (String heading : List.of("What is NEMO deficiency?", "What causes it?", "What are the signs and symptoms?",
                "How is it diagnosed?", "How is it treated?", "What does this mean for the future?",
                "Is there a support group?", "Glossary")) {
            int found = text.indexOf(heading, at);
            assertTrue(found >= at, heading + " missing or out of order");
            at = found;
        }
    }

    @Test
    void frenchPageDeclaresItsLanguage() throws IOException {
        Document page = Jsoup.parse(output.resolve(NEMO + "/fr/index.html").toFile());
        assertEquals("fr", page.selectFirst("html").attr("lang"));
        assertTrue(page.text().contains("Le but du traitement est de prévenir les infections"));
    }

    @Test
    void buildReportNamesEachDocumentWithDeclaredAndDetectedLanguage() throws IOException {
        JsonNode report = new ObjectMapper().readTree(output.resolve("reports/build.json").toFile());
        JsonNode nemo = report.path("leaflets").get(0);
        assertEquals("built", nemo.path("status").asText());
        JsonNode french = nemo.path("documents").get(1);
        assertEquals(SourceDiscovery.shown(sources.resolve(NEMO + "/fr/traitement.txt")), french.path("source").asText());
        assertEquals("fr", french.path("declaredLanguage").asText());
        assertEquals("fr", french.path("detectedLanguage").path("language").asText());
        assertTrue(french.path("timingsMillis").has("extract"));
    }

    @Test
    void rebuildIsByteIdenticalApartFromTheTimings() throws IOException {
        Path again = work.resolve("again");
        assertEquals(0, leafpress("build", "--sources", sources.toString(), "--output", again.toString()).status());

        TreeMap<String, byte[]> first = filesUnder(output);
        TreeMap<String, byte[]> second = filesUnder(again);
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            if (name.equals("reports/build.json")) continue;
            assertArrayEquals(first.get(name), second.get(name), name + " differs between two builds");
        }
    }

    @Test
    void brokenSourceFailsOnlyItsLeafletKeepsItsPreviousOutputAndExitsOne() throws IOException {
        Path sources = Fixtures.copyOfBundledSources(work.resolve("broken"));
        Path out = work.resolve("broken-output");
        assertEquals(0, leafpress("build", "--sources", sources.toString(), "--output", out.toString()).status());
        byte[] previousPage = Files.readAllBytes(out.resolve(NEMO + "/en/index.html"));

        Path pdf = sources.resolve(NEMO + "/en/" + NEMO + ".en.pdf");
        byte[] whole = Files.readAllBytes(pdf);
        Files.write(pdf, java.util.Arrays.copyOf(whole, whole.length / 3));
        CommandLineRun broken = leafpress("build", "--sources", sources.toString(), "--output", out.toString());

        assertEquals(1, broken.status());
        assertTrue(broken.err().contains(NEMO + ".en.pdf"), broken.err());
        assertTrue(broken.out().contains("unchanged " + NEMO + "-idf"), "the other leaflet is kept: " + broken.out());
        assertArrayEquals(previousPage, Files.readAllBytes(out.resolve(NEMO + "/en/index.html")));
        JsonNode report = new ObjectMapper().readTree(out.resolve("reports/build.json").toFile());
        assertEquals("failed", report.path("leaflets").get(0).path("status").asText());
    }

    @Test
    void emptyAndBinaryTextSourcesAreReportedByName() throws IOException {
        Path sources = work.resolve("bad-text");
        Files.createDirectories(sources.resolve("empty-one/en"));
        Files.write(sources.resolve("empty-one/en/leaflet.txt"), new byte[0]);
        Files.createDirectories(sources.resolve("binary-one/en"));
        Files.write(sources.resolve("binary-one/en/leaflet.txt"), Files.readAllBytes(Path.of("templates/fonts/Carlito-Regular.ttf")));
        copyTree(Fixtures.IDF, sources.resolve(NEMO + "-idf"));

        CommandLineRun run = leafpress("build", "--sources", sources.toString(), "--output", work.resolve("bad-out").toString());

        assertEquals(1, run.status());
        assertTrue(run.err().contains("empty-one/en/leaflet.txt") && run.err().contains("empty"), run.err());
        assertTrue(run.err().contains("binary-one/en/leaflet.txt"), run.err());
        assertTrue(run.out().contains("1 leaflet built, 2 failed"), run.out());
    }

    @Test
    void sourcesAreNeverWritten() throws IOException {
        Path sources = Fixtures.copyOfBundledSources(work.resolve("untouched"));
        TreeMap<String, byte[]> before = filesUnder(sources);
        leafpress("build", "--sources", sources.toString(), "--output", work.resolve("untouched/output").toString());
        TreeMap<String, byte[]> after = filesUnder(sources);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }

    @Test
    void leafletWithdrawnFromTheSourcesLeavesTheSiteOnTheNextBuild() throws IOException {
        Path sources = Fixtures.copyOfBundledSources(work.resolve("withdrawn"));
        Path out = work.resolve("withdrawn-output");
        assertEquals(0, leafpress("build", "--sources", sources.toString(), "--output", out.toString()).status());
        Files.createDirectories(out.resolve("not-a-leaflet"));

        deleteTree(sources.resolve(NEMO + "-idf"));
        assertEquals(0, leafpress("build", "--sources", sources.toString(), "--output", out.toString()).status());

        assertTrue(Files.notExists(out.resolve(NEMO + "-idf")));
        assertTrue(Files.isDirectory(out.resolve("not-a-leaflet")), "folders that are not leaflets are left alone");
        assertTrue(!Files.readString(out.resolve("index.html")).contains(NEMO + "-idf/"));
    }

    @Test
    void folderWithNoManifestAndNoTitleStillBuildsAndSaysWhatToAdd() throws IOException {
        Path sources = work.resolve("bare-sources");
        Files.createDirectories(sources.resolve("bare/fr"));
        Files.copy(Fixtures.NEMO.resolve("fr/traitement.txt"), sources.resolve("bare/fr/traitement.txt"));
        Path out = work.resolve("bare-output");

        CommandLineRun run = leafpress("build", "--sources", sources.toString(), "--output", out.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("bare/fr/bare.fr.pdf")));
        String report = Files.readString(out.resolve("reports/build.json"));
        assertTrue(report.contains("\"no-manifest\"") && report.contains("\"no-title\""), report);
    }

    @Test
    void unknownOptionIsAUsageErrorWithStatusTwo() {
        assertEquals(2, leafpress("build", "--no-such-option").status());
    }
}
