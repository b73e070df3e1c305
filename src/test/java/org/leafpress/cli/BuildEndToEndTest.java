package org.leafpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.testing.Folders;
import picocli.CommandLine;

/** The editor's story: one command turns the bundled sources into the published site. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BuildEndToEndTest {

    private static final String NEMO = "nemo-deficiency-syndrome";

    private Path work;

    private Path output;
    private Run firstBuild;

    record Run(int status, String out, String err) {}

    static Run leafpress(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Leafpress.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeAll
    void buildTheBundledSources(@TempDir Path dir) {
        work = dir;
        output = work.resolve("output");
        firstBuild = leafpress("build", "--sources", "sources", "--output", output.toString());
    }

    @Test
    void bundledSourcesBuildWithExitStatusZeroAndASummary() {
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
        String page = Files.readString(output.resolve(NEMO + "/fr/index.html"));
        assertTrue(page.contains("<html lang=\"fr\""), page.substring(0, Math.min(300, page.length())));
        assertTrue(page.contains("Le but du traitement est de prévenir les infections"));
    }

    @Test
    void buildReportNamesEachDocumentWithDeclaredAndDetectedLanguage() throws IOException {
        JsonNode report = new ObjectMapper().readTree(output.resolve("reports/build.json").toFile());
        JsonNode nemo = report.path("leaflets").get(0);
        assertEquals("built", nemo.path("status").asText());
        JsonNode french = nemo.path("documents").get(1);
        assertEquals("sources/" + NEMO + "/fr/traitement.txt", french.path("source").asText());
        assertEquals("fr", french.path("declaredLanguage").asText());
        assertEquals("fr", french.path("detectedLanguage").path("language").asText());
        assertTrue(french.path("timingsMillis").has("extract"));
    }

    @Test
    void rebuildIsByteIdenticalApartFromTheTimings() throws IOException {
        Path again = work.resolve("again");
        assertEquals(0, leafpress("build", "--output", again.toString()).status());

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
        Path sources = work.resolve("broken-sources");
        copyTree(Path.of("sources"), sources);
        Path out = work.resolve("broken-output");
        assertEquals(0, leafpress("build", "--sources", sources.toString(), "--output", out.toString()).status());
        byte[] previousPage = Files.readAllBytes(out.resolve(NEMO + "/en/index.html"));

        Path pdf = sources.resolve(NEMO + "/en/" + NEMO + ".en.pdf");
        byte[] whole = Files.readAllBytes(pdf);
        Files.write(pdf, java.util.Arrays.copyOf(whole, whole.length / 3));
        Run broken = leafpress("build", "--sources", sources.toString(), "--output", out.toString());

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
        copyTree(Path.of("sources", NEMO + "-idf"), sources.resolve(NEMO + "-idf"));

        Run run = leafpress("build", "--sources", sources.toString(), "--output", work.resolve("bad-out").toString());

        assertEquals(1, run.status());
        assertTrue(run.err().contains("empty-one/en/leaflet.txt") && run.err().contains("empty"), run.err());
        assertTrue(run.err().contains("binary-one/en/leaflet.txt"), run.err());
        assertTrue(run.out().contains("1 leaflet built, 2 failed"), run.out());
    }

    @Test
    void sourcesAreNeverWritten() throws IOException {
        TreeMap<String, byte[]> before = filesUnder(Path.of("sources"));
        leafpress("build", "--output", work.resolve("untouched").toString());
        TreeMap<String, byte[]> after = filesUnder(Path.of("sources"));
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }

    @Test
    void leafletWithdrawnFromTheSourcesLeavesTheSiteOnTheNextBuild() throws IOException {
        Path sources = work.resolve("withdrawn-sources");
        copyTree(Path.of("sources"), sources);
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
        Files.copy(Path.of("sources", NEMO, "fr/traitement.txt"), sources.resolve("bare/fr/traitement.txt"));
        Path out = work.resolve("bare-output");

        Run run = leafpress("build", "--sources", sources.toString(), "--output", out.toString());

        assertEquals(0, run.status(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("bare/fr/bare.fr.pdf")));
        String report = Files.readString(out.resolve("reports/build.json"));
        assertTrue(report.contains("\"no-manifest\"") && report.contains("\"no-title\""), report);
    }

    @Test
    void unknownOptionIsAUsageErrorWithStatusTwo() {
        assertEquals(2, leafpress("build", "--no-such-option").status());
    }

    private static TreeMap<String, byte[]> filesUnder(Path root) throws IOException {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Folders.copyTree(from, to);
    }
}
