package org.leafpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.testing.CommandLineRun;

/** A translator's or developer's look at one file, no manifest needed. */
class ExtractAndDetectCommandTest {

    private static final String FRENCH = "src/test/resources/fixtures/sources/nemo-deficiency-syndrome/fr/traitement.txt";
    private static final String ENGLISH_PDF = "src/test/resources/fixtures/sources/nemo-deficiency-syndrome/en/nemo-deficiency-syndrome.en.pdf";

    @Test
    void extractPrintsTheModelJsonOfOneFileWithItsDetectedLanguage() throws Exception {
        CommandLineRun run = CommandLineRun.leafpress("extract", FRENCH);

        assertEquals(0, run.status(), run.err());
        JsonNode model = new ObjectMapper().readTree(run.out());
        assertEquals("fr", model.path("language").asText());
        assertEquals("fr", model.path("detectedLanguage").path("language").asText());
        assertEquals(FRENCH, model.path("source").path("file").asText());
        assertEquals(4, model.path("sections").get(0).path("blocks").size());
        assertEquals("fr", model.path("sections").get(0).path("blocks").get(0).path("language").asText());
    }

    @Test
    void extractOfTheDesignersPdfGivesItsSectionsWithPages() throws Exception {
        CommandLineRun run = CommandLineRun.leafpress("extract", ENGLISH_PDF, "--language", "en");

        assertEquals(0, run.status(), run.err());
        JsonNode model = new ObjectMapper().readTree(run.out());
        assertEquals("treatment", model.path("sections").get(5).path("key").asText());
        assertEquals(5, model.path("sections").get(5).path("blocks").get(0).path("page").asInt());
    }

    @Test
    void extractOfATruncatedPdfExitsOneNamingTheFile(@TempDir Path dir) throws Exception {
        Path cut = dir.resolve("cut.pdf");
        byte[] whole = Files.readAllBytes(Path.of(ENGLISH_PDF));
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));

        CommandLineRun run = CommandLineRun.leafpress("extract", cut.toString());

        assertEquals(1, run.status());
        assertTrue(run.err().contains(cut.toString()), run.err());
        assertTrue(run.out().isEmpty(), "no half model on standard output");
    }

    @Test
    void extractWithABadLanguageOrNoFileIsAUsageError() {
        assertEquals(2, CommandLineRun.leafpress("extract", FRENCH, "--language", "French").status());
        CommandLineRun missing = CommandLineRun.leafpress("extract", "no/such/file.pdf");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("no/such/file.pdf: no such file"), missing.err());
    }

    @Test
    void detectPrintsTheDocumentAndEachParagraphLanguage() {
        CommandLineRun run = CommandLineRun.leafpress("detect", FRENCH);

        assertEquals(0, run.status(), run.err());
        assertTrue(run.out().contains("Document: fr"), run.out());
        long frenchParagraphs = run.out().lines().filter(l -> l.matches("\\s*\\d+\\s+fr\\s.*")).count();
        assertEquals(4, frenchParagraphs, run.out());
    }

    @Test
    void detectJsonGivesEveryParagraphOfTheEnglishPdf() throws Exception {
        CommandLineRun run = CommandLineRun.leafpress("detect", ENGLISH_PDF, "--json");

        assertEquals(0, run.status(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals("en", report.path("document").path("language").asText());
        assertTrue(report.path("paragraphs").size() >= 30, "about 40 blocks: " + report.path("paragraphs").size());
    }
}
