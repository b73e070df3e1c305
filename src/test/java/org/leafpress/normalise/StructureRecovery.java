package org.leafpress.normalise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leafpress.model.Leaflet;

/**
 * How much of its golden model a source's model recovers: the sections found with the golden key
 * and heading, and the paragraphs (and all blocks: lists, terms, figures, notes) found word for
 * word in the section they belong to; for a PDF, the blocks found on the right page too. And the
 * blocks it has that the golden model has not (furniture, or text put in the wrong section).
 */
record StructureRecovery(String source, String file, Share sections, Share paragraphs, Share blocks, Share pages,
        int extra) {

    /** Found out of expected; an empty share (nothing expected) prints as "n/a". */
    record Share(int found, int expected) {

        @Override
        public String toString() {
            if (expected == 0) return "n/a";
            return found + "/" + expected + " (" + Math.round(100.0 * found / expected) + "%)";
        }

        boolean isWhole() {
            return found == expected;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What {@code model} recovers of the golden model in {@code golden}. */
    static StructureRecovery of(String source, String file, Path golden, Leaflet model) throws IOException {
        JsonNode expected = JSON.readTree(golden.toFile());
        JsonNode actual = JSON.valueToTree(model);
        Map<String, JsonNode> sectionsByKey = new HashMap<>();
        for (JsonNode s : actual.path("sections")) sectionsByKey.putIfAbsent(s.path("key").asText(), s);
        int extra = 0;
        for (JsonNode s : actual.path("sections")) extra += s.path("blocks").size();
        int[] counts = new int[8];
        boolean hasPages = file.endsWith(".pdf");
        for (JsonNode want : expected.path("sections")) {
            JsonNode got = sectionsByKey.get(want.path("key").asText());
            counts[1]++;
            if (got != null && got.path("heading").asText().equals(want.path("heading").asText())) counts[0]++;
            List<JsonNode> left = new ArrayList<>();
            if (got != null) got.path("blocks").forEach(left::add);
            for (JsonNode block : want.path("blocks")) {
                boolean paragraph = block.path("type").asText().equals("paragraph");
                counts[5]++;
                if (paragraph) counts[3]++;
                if (hasPages) counts[7]++;
                JsonNode match = take(left, block);
                if (match == null) continue;
                extra--;
                counts[4]++;
                if (paragraph) counts[2]++;
                if (hasPages && match.path("page").asInt() == block.path("page").asInt()) counts[6]++;
            }
        }
        return new StructureRecovery(source, file, new Share(counts[0], counts[1]), new Share(counts[2], counts[3]),
                new Share(counts[4], counts[5]), new Share(counts[6], counts[7]), extra);
    }

    /** The first block of {@code blocks} that says what {@code wanted} says, removed so it counts once. */
    private static JsonNode take(List<JsonNode> blocks, JsonNode wanted) {
        String line = GoldenModel.blockLine(wanted);
        for (int i = 0; i < blocks.size(); i++) {
            if (GoldenModel.blockLine(blocks.get(i)).equals(line)) return blocks.remove(i);
        }
        return null;
    }

    /** The row of the table in docs/structure-recovery.md. */
    String row() {
        return "| " + source + " | `" + file + "` | " + sections + " | " + paragraphs + " | " + blocks + " | " + pages
                + " | " + extra + " |";
    }

    static final String HEADER = "| source | file | sections | paragraphs | all blocks | on the right page | "
            + "blocks not in the golden model |\n| --- | --- | --- | --- | --- | --- | --- |";
}
