package org.leafpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.model.PrintOptions;
import org.leafpress.testing.Fixtures;
import org.leafpress.testing.Folders;

/**
 * The editor's and CI's story at catalogue scale: a rebuild reads and renders only the leaflets
 * whose inputs changed, trusts no damaged cache entry, and shards merged make the same site as
 * one build. Runs on a copy of the bundled sources; the tests share their builds, in order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncrementalBuildTest {

    private static final String NEMO = "nemo-deficiency-syndrome";
    private static final String IDF = "nemo-deficiency-syndrome-idf";

    private Path work;
    private Path sources;
    private Path output;

    @BeforeAll
    void buildACopyOfTheBundledSources(@TempDir Path dir) throws IOException {
        work = dir;
        sources = dir.resolve("sources");
        Fixtures.copyTree(Path.of("sources"), sources);
        output = dir.resolve("output");
        build(sources, output, Path.of("templates"), null, Shard.ALL);
    }

    @Test
    @Order(1)
    void anUnchangedRebuildTakesEveryLeafletFromTheCacheAndWritesTheSameSite() throws IOException {
        Map<String, String> first = Folders.publishedFiles(output);
        var firstReport = Folders.buildReportWithoutTimings(output);
        assertEquals(Map.of(NEMO, "built", IDF, "built"), Folders.statuses(output));

        build(sources, output, Path.of("templates"), null, Shard.ALL);

        assertEquals(Map.of(NEMO, "unchanged", IDF, "unchanged"), Folders.statuses(output));
        assertEquals(first, Folders.publishedFiles(output));
        assertEquals(firstReport, Folders.buildReportWithoutTimings(output));
    }

    @Test
    @Order(2)
    void anEditToOneTranslationRebuildsThatLeafletOnlyAndMatchesABuildWithoutCache() throws IOException {
        Path translation = sources.resolve(NEMO + "/fr/traitement.txt");
        Files.writeString(translation, "\nLe traitement est suivi par l'équipe d'immunologie.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        build(sources, output, Path.of("templates"), null, Shard.ALL);
        assertEquals(Map.of(NEMO, "built", IDF, "unchanged"), Folders.statuses(output));

        Path fresh = work.resolve("fresh");
        build(sources, fresh, Path.of("templates"), work.resolve("fresh-cache"), Shard.ALL);
        assertEquals(Map.of(NEMO, "built", IDF, "built"), Folders.statuses(fresh));
        assertEquals(Folders.publishedFiles(fresh), Folders.publishedFiles(output));
        assertEquals(Folders.buildReportWithoutTimings(fresh), Folders.buildReportWithoutTimings(output));
    }

    @Test
    @Order(3)
    void aTamperedCacheEntryIsIgnoredAndTheLeafletRebuilt() throws IOException {
        Map<String, String> before = Folders.publishedFiles(output);
        Path entry = onlyEntryOf(output.resolve(".cache"), IDF);
        Path page = entry.resolve("files/en/index.html");
        String html = Files.readString(page, StandardCharsets.UTF_8);
        Files.writeString(page, html.replace("NEMO", "NEMO (tampered)"), StandardCharsets.UTF_8);
        // The output too, so that only the cache could put the tampered page back.
        Files.writeString(output.resolve(IDF + "/en/index.html"), "tampered", StandardCharsets.UTF_8);

        build(sources, output, Path.of("templates"), null, Shard.ALL);

        assertEquals(Map.of(NEMO, "unchanged", IDF, "built"), Folders.statuses(output));
        assertEquals(before, Folders.publishedFiles(output));
        assertFalse(Files.readString(output.resolve(IDF + "/en/index.html")).contains("tampered"));
    }

    @Test
    @Order(4)
    void aTruncatedEntryOrOneOfAnotherVersionIsIgnored() throws IOException {
        Path entry = onlyEntryOf(output.resolve(".cache"), IDF);
        byte[] json = Files.readAllBytes(entry.resolve("entry.json"));
        Files.write(entry.resolve("entry.json"), java.util.Arrays.copyOf(json, json.length / 2));
        BuildCache cache = BuildCache.of(options(sources, output, Path.of("templates"), null, Shard.ALL),
                List.of("en", "fr"));
        assertTrue(cache.lookup(IDF, entry.getFileName().toString()).isEmpty(), "a truncated entry.json");

        Path nemoEntry = onlyEntryOf(output.resolve(".cache"), NEMO);
        String foreign = Files.readString(nemoEntry.resolve("entry.json"))
                .replace("\"" + BuildCache.LEAFPRESS_VERSION + "\"", "\"0.0.9\"");
        Files.writeString(nemoEntry.resolve("entry.json"), foreign);
        // Its digest updated too: the version alone must keep it out.
        Files.writeString(nemoEntry.resolve("entry.sha256"),
                ContentDigest.hexOf(foreign.getBytes(StandardCharsets.UTF_8)) + "\n");
        Map<String, String> before = Folders.publishedFiles(output);

        build(sources, output, Path.of("templates"), null, Shard.ALL);

        assertEquals(Map.of(NEMO, "built", IDF, "built"), Folders.statuses(output));
        assertEquals(before, Folders.publishedFiles(output));
    }

    @Test
    @Order(5)
    void aTemplateEditRebuildsEveryLeaflet() throws IOException {
        Path templates = work.resolve("templates");
        Fixtures.copyTree(Path.of("templates"), templates);
        build(sources, output, templates, null, Shard.ALL);
        assertEquals(Map.of(NEMO, "unchanged", IDF, "unchanged"), Folders.statuses(output),
                "the same templates in another folder are the same inputs");

        Files.writeString(templates.resolve("html/assets/site.css"), "\n/* an editor's note */\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        build(sources, output, templates, null, Shard.ALL);

        assertEquals(Map.of(NEMO, "built", IDF, "built"), Folders.statuses(output));
    }

    @Test
    @Order(6)
    void shardsMergedEqualOneBuild() throws IOException {
        Path one = work.resolve("fresh");
        // One cache for every job, empty: each shard reads and renders its share. Of three shares,
        // the two leaflets fall in the first and the third; the second is empty and merges as well.
        Path shardCache = work.resolve("shard-cache");
        List<Path> shards = List.of(work.resolve("shard-1"), work.resolve("shard-2"), work.resolve("shard-3"));
        for (int k = 1; k <= 3; k++) build(sources, shards.get(k - 1), Path.of("templates"), shardCache, new Shard(k, 3));
        assertEquals(Map.of(NEMO, "built"), Folders.statuses(shards.get(0)));
        assertEquals(Map.of(), Folders.statuses(shards.get(1)));
        assertEquals(Map.of(IDF, "built"), Folders.statuses(shards.get(2)));

        Path merged = work.resolve("merged");
        Pipeline.merge(shards, merged, Path.of("templates"));

        assertEquals(Folders.publishedFiles(one), Folders.publishedFiles(merged));
        assertEquals(Folders.buildReportWithoutTimings(one), Folders.buildReportWithoutTimings(merged));
    }

    @Test
    void aLeafletsShareDependsOnItsIdAlone() {
        Shard first = new Shard(1, 3);
        Shard second = new Shard(2, 3);
        Shard third = new Shard(3, 3);
        for (String id : List.of(NEMO, IDF, "cystic-fibrosis", "coeliac-disease", "a")) {
            int shares = (first.includes(id) ? 1 : 0) + (second.includes(id) ? 1 : 0) + (third.includes(id) ? 1 : 0);
            assertEquals(1, shares, id);
            assertEquals(first.includes(id), new Shard(1, 3).includes(id));
        }
    }

    private static Path onlyEntryOf(Path cache, String leaflet) throws IOException {
        try (Stream<Path> entries = Files.list(cache.resolve(leaflet))) {
            List<Path> all = entries.toList();
            assertEquals(1, all.size(), "older entries of a leaflet are removed: " + all);
            return all.get(0);
        }
    }

    private static BuildOptions options(Path sources, Path output, Path templates, Path cache, Shard shard) {
        return new BuildOptions(sources, output, templates, false, PrintOptions.DEFAULTS, cache, shard);
    }

    private static void build(Path sources, Path output, Path templates, Path cache, Shard shard) throws IOException {
        Pipeline.build(options(sources, output, templates, cache, shard));
    }
}
