package org.leafpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.testing.Folders;

/**
 * CI's promise: the same sources give the same build report in any JVM, timings aside. Within one
 * JVM hash-set orders are the same each time; only a fresh JVM shows an order that changes from
 * run to run (a warning that printed a {@code Set.of} once gave three reports for three builds).
 */
class ReproducibleBuildTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void buildReportIsTheSameFromOneJvmToTheNextTimingsAside(@TempDir Path dir) throws Exception {
        Path sources = sourcesWithEveryListingMessage(dir.resolve("sources"));

        JsonNode first = buildReportInAFreshJvm(sources, dir.resolve("first"));
        JsonNode second = buildReportInAFreshJvm(sources, dir.resolve("second"));

        assertTrue(first.toString().contains("unreadable-type"), "the report holds the message that lists types");
        assertTrue(first.toString().contains("known fields are"), "and the one that lists manifest fields");
        assertEquals(first, second);
    }

    /** A leaflet with a file of a type leafpress does not read, and one whose manifest has an unknown field. */
    private static Path sourcesWithEveryListingMessage(Path sources) throws IOException {
        Path web = Files.createDirectories(sources.resolve("web-page/en"));
        Files.copy(FIXTURES.resolve("idf-nemo-web-page.en.txt"), web.resolve("page.txt"));
        Files.writeString(web.resolve("notes.rtf"), "{\\rtf1 notes}");
        Path misfiled = Files.createDirectories(sources.resolve("misfiled/fr"));
        Files.copy(FIXTURES.resolve("nemo-deficiency-syndrome.fr.treatment.txt"), misfiled.resolve("traitement.txt"));
        Files.writeString(sources.resolve("misfiled/leaflet.yaml"), "title: Misfiled\ncolour: purple\n");
        return sources;
    }

    private static JsonNode buildReportInAFreshJvm(Path sources, Path output) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Leafpress.class.getName(),
                "build", "--sources", sources.toString(), "--output", output.toString()));
        Process build = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        build.waitFor();
        return Folders.withoutTimings(JSON.readTree(output.resolve("reports/build.json").toFile()));
    }
}
