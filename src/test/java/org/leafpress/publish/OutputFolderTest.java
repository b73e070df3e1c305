package org.leafpress.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.testing.Fixtures;

/** The output folder as a web server sees it: a leaflet's folder is replaced whole, or not at all. */
class OutputFolderTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void publishingReplacesTheLeafletsFolderWholeAndLeavesNothingOfTheSwapBehind(@TempDir Path dir) throws Exception {
        OutputFolder output = new OutputFolder(dir.resolve("output"));
        Path first = output.stagingFor("gout");
        Files.createDirectories(first.resolve("en"));
        Files.write(first.resolve("en/old-only.html"), bytes("old"));
        output.publish(first, "gout");

        Path second = output.stagingFor("gout");
        Files.createDirectories(second.resolve("en"));
        Files.write(second.resolve("en/index.html"), bytes("new"));
        output.publish(second, "gout");

        assertEquals(List.of("en/index.html"), List.copyOf(Fixtures.filesUnder(output.root().resolve("gout")).keySet()));
        assertEquals(List.of("gout/en/index.html"), List.copyOf(Fixtures.filesUnder(output.root()).keySet()),
                "no staging or previous folder left");
    }

    @Test
    void discardedStagingLeavesThePreviousOutputAsItWas(@TempDir Path dir) throws Exception {
        OutputFolder output = new OutputFolder(dir.resolve("output"));
        Path first = output.stagingFor("gout");
        Files.write(first.resolve("index.html"), bytes("the edition readers have"));
        output.publish(first, "gout");

        Path failed = output.stagingFor("gout");
        Files.write(failed.resolve("index.html"), bytes("half a build"));
        output.discard(failed);

        assertArrayEquals(bytes("the edition readers have"), Files.readAllBytes(output.root().resolve("gout/index.html")));
        assertEquals(1, Fixtures.filesUnder(output.root()).size());
    }

    @Test
    void stagingLeftByACrashedBuildIsEmptiedBeforeItIsUsedAgain(@TempDir Path dir) throws Exception {
        OutputFolder output = new OutputFolder(dir.resolve("output"));
        Path crashed = output.stagingFor("gout");
        Files.write(crashed.resolve("stale.pdf"), bytes("from a build that died"));

        Path fresh = output.stagingFor("gout");

        assertTrue(Fixtures.filesUnder(fresh).isEmpty(), "nothing from the crashed build is published");
    }

    @Test
    void writtenFileReplacesTheOldOneAndLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
        OutputFolder output = new OutputFolder(dir.resolve("output"));
        output.write("reports/build.json", bytes("{\"first\": 1}"));
        output.write("reports/build.json", bytes("{\"second\": 2}"));

        assertEquals(List.of("reports/build.json"), List.copyOf(Fixtures.filesUnder(output.root()).keySet()));
        assertArrayEquals(bytes("{\"second\": 2}"), Files.readAllBytes(output.root().resolve("reports/build.json")));
    }
}
