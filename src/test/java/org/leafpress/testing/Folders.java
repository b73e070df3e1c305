package org.leafpress.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Output folders compared file by file, and their build reports read as CI compares them. (Copies: {@link Fixtures}.) */
public final class Folders {

    private Folders() {}

    /**
     * Every file under {@code root} by relative path, with its sha256, but for the cache and the
     * build report (compare that with {@link #buildReportWithoutTimings}).
     */
    public static Map<String, String> publishedFiles(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.startsWith(".cache/") || rel.equals("reports/build.json")) continue;
                files.put(rel, sha256(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    /** {@code reports/build.json} without its timings, and with "unchanged" read as "built". */
    public static JsonNode buildReportWithoutTimings(Path output) throws IOException {
        JsonNode report = new ObjectMapper().readTree(output.resolve("reports/build.json").toFile());
        withoutTimings(report);
        for (JsonNode leaflet : report.path("leaflets")) {
            if (leaflet.path("status").asText().equals("unchanged")) ((ObjectNode) leaflet).put("status", "built");
        }
        return report;
    }

    /** Each leaflet's status in {@code reports/build.json}. */
    public static Map<String, String> statuses(Path output) throws IOException {
        Map<String, String> statuses = new TreeMap<>();
        for (JsonNode l : new ObjectMapper().readTree(output.resolve("reports/build.json").toFile()).path("leaflets")) {
            statuses.put(l.path("leaflet").asText(), l.path("status").asText());
        }
        return statuses;
    }

    /** {@code node} with every {@code timingsMillis} removed: the one part of a report that differs between builds. */
    public static JsonNode withoutTimings(JsonNode node) {
        if (node instanceof ObjectNode o) o.remove("timingsMillis");
        node.forEach(Folders::withoutTimings);
        return node;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
