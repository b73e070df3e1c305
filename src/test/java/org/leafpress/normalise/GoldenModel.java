package org.leafpress.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.leafpress.model.Leaflet;

/**
 * Golden expectations as data files beside the tests: the sections, headings and block texts a
 * source must give, compared whitespace aside and without provenance (which differs by format).
 */
final class GoldenModel {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenModel() {}

    /** Asserts that {@code model} says what the golden file says, section by section. */
    static void assertMatches(Path golden, Leaflet model) throws IOException {
        JsonNode expected = JSON.readTree(golden.toFile());
        JsonNode actual = JSON.valueToTree(model);
        for (String field : List.of("title", "publisher", "copyright")) {
            assertEquals(expected.path(field).asText(), actual.path(field).asText(), field);
        }
        assertEquals(expected.path("edition"), actual.path("edition"), "edition");
        assertEquals(keys(expected), keys(actual), "section keys in order");
        for (int i = 0; i < expected.path("sections").size(); i++) {
            JsonNode e = expected.path("sections").get(i);
            JsonNode a = actual.path("sections").get(i);
            String key = e.path("key").asText();
            assertEquals(e.path("heading").asText(), a.path("heading").asText(), key + " heading");
            assertEquals(blocks(e), blocks(a), key + " blocks");
        }
    }

    private static List<String> keys(JsonNode model) {
        List<String> keys = new ArrayList<>();
        model.path("sections").forEach(s -> keys.add(s.path("key").asText()));
        return keys;
    }

    /** Each block as one line of text: its type and fields, spaces collapsed, provenance left out. */
    static List<String> blocks(JsonNode section) {
        List<String> out = new ArrayList<>();
        for (JsonNode b : section.path("blocks")) out.add(blockLine(b));
        return out;
    }

    /** A block as one line of text: its type and fields, spaces collapsed, provenance left out. */
    static String blockLine(JsonNode block) {
        ObjectNode copy = block.deepCopy();
        copy.remove(List.of("page", "firstLine", "lastLine", "language"));
        StringBuilder line = new StringBuilder();
        copy.fields().forEachRemaining(f -> line.append(f.getKey()).append('=')
                .append(f.getValue().isTextual() ? f.getValue().asText().replaceAll("\\s+", " ").strip()
                        : f.getValue().toString()).append(" | "));
        return line.toString();
    }
}
