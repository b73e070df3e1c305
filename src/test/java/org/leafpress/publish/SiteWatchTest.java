package org.leafpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.model.PrintOptions;
import org.leafpress.testing.Fixtures;
import org.leafpress.testing.Folders;

/** The editor's loop: save a source, and the page open in the browser shows the rebuilt leaflet. */
class SiteWatchTest {

    private static final String IDF = "nemo-deficiency-syndrome-idf";
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(300)
    void aSavedEditIsRebuiltThroughTheCacheAndServedPagesAreToldToReload(@TempDir Path dir) throws Exception {
        Path sources = dir.resolve("sources");
        Fixtures.copyTree(Path.of("sources"), sources);
        Path output = dir.resolve("output");
        BuildOptions options = new BuildOptions(sources, output, Path.of("templates"), false, PrintOptions.DEFAULTS,
                null, null);
        try (SiteWatch watch = new SiteWatch(options, result -> { })) {
            int port = watch.start(0);
            String base = "http://127.0.0.1:" + port;

            String page = get(base + "/" + IDF + "/en/");
            assertTrue(page.contains(SiteWatch.BUILD_NUMBER_PATH), "the served page polls for rebuilds");
            assertFalse(Files.readString(output.resolve(IDF + "/en/index.html")).contains(SiteWatch.BUILD_NUMBER_PATH),
                    "the file written is the build's own");
            assertEquals("1", get(base + SiteWatch.BUILD_NUMBER_PATH));
            assertEquals(404, status(base + "/.cache/"));
            assertEquals(404, status(base + "/../sources/"));

            Files.writeString(sources.resolve(IDF + "/en/idf-web-page.txt"),
                    "\nPeople with NEMO deficiency syndrome should carry a card that says so.\n",
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (watch.buildNumber() < 2 && System.nanoTime() < deadline) Thread.sleep(200);

            assertEquals("2", get(base + SiteWatch.BUILD_NUMBER_PATH), "the reload signal moved");
            assertEquals(Map.of("nemo-deficiency-syndrome", "unchanged", IDF, "built"), Folders.statuses(output));
            assertTrue(get(base + "/" + IDF + "/en/").contains("carry a card that says so"));
        }
    }

    private String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url);
        return r.body();
    }

    private int status(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
