package org.leafpress.normalise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.PdfLayoutReader;
import org.leafpress.extract.SourceUnreadableException;
import org.leafpress.model.Block;
import org.leafpress.model.Figure;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Section;
import org.leafpress.model.SourceRef;
import org.leafpress.normalise.layout.LayoutLine;
import org.leafpress.normalise.layout.LayoutStructure;
import org.leafpress.normalise.layout.PdfTags;
import org.leafpress.normalise.layout.TypeScale;

/**
 * The bundled leaflet against its golden model, src/test/resources/golden/...expected.json: the
 * untagged PDF read from its layout, and its tagged twin (the same document exported with tags)
 * read with its structure tree, which must give the very same model.
 */
class BundledLeafletPdfStructureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final Path EXPECTED = Path.of("src/test/resources/golden/nemo-deficiency-syndrome.en.expected.json");
    private static final String UNTAGGED = "nemo-deficiency-syndrome.en.pdf";
    private static final String TAGGED = "nemo-deficiency-syndrome.en.tagged.pdf";

    private static final Map<String, Leaflet> MODELS = new HashMap<>();

    private Leaflet leaflet;
    private JsonNode expected;

    private void read(String pdf) throws SourceUnreadableException, IOException {
        leaflet = modelOf(pdf);
        expected = new ObjectMapper().readTree(EXPECTED.toFile());
    }

    private static synchronized Leaflet modelOf(String pdf) throws SourceUnreadableException {
        if (!MODELS.containsKey(pdf)) {
            SourceRef source = new SourceRef("sources/nemo-deficiency-syndrome/en/nemo-deficiency-syndrome.en.pdf",
                    "application/pdf", "0".repeat(64));
            ExtractedDocument document = new PdfLayoutReader().read(FIXTURES.resolve(pdf), source, Optional.empty());
            StructureContext context = new StructureContext("nemo-deficiency-syndrome", "en",
                    HeadingVocabulary.load(Path.of("templates/vocabulary/sections.yaml")),
                    PageFurniture.load(Path.of("templates/vocabulary/furniture.yaml")));
            MODELS.put(pdf, new LayoutStructure().read(document, context));
        }
        return MODELS.get(pdf);
    }

    @ParameterizedTest
    @ValueSource(strings = {UNTAGGED, TAGGED})
    void pdfYieldsTheSectionsInOrderWithTheirParagraphCounts(String pdf) throws Exception {
        read(pdf);
        List<String> want = new ArrayList<>();
        for (JsonNode s : expected.path("sections")) want.add(s.path("key").asText() + " " + countsOf(s));
        List<String> got = leaflet.sections().stream().map(s -> s.key() + " " + countsOf(s)).toList();
        assertEquals(want, got);
        // The shape the editors signed off, spelled out once so the golden file cannot drift from it.
        assertEquals(List.of("about 2p", "overview 3p", "causes 5p 1f", "symptoms 3p", "diagnosis 1p",
                "treatment 3p", "outlook 1p", "support 1p", "glossary 8t", "about-publisher 5p"), got);
    }

    @ParameterizedTest
    @ValueSource(strings = {UNTAGGED, TAGGED})
    void headingsAreAsPrintedWithAHeadingBrokenOverTwoLinesReadAsOne(String pdf) throws Exception {
        read(pdf);
        List<String> want = new ArrayList<>();
        for (JsonNode s : expected.path("sections")) want.add(s.path("heading").asText());
        assertEquals(want, leaflet.sections().stream().map(Section::heading).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {UNTAGGED, TAGGED})
    void everyBlockReadsAsTheLeafletWordsWhitespaceAside(String pdf) throws Exception {
        read(pdf);
        List<JsonNode> want = expectedBlocks();
        List<Block> got = leaflet.sections().stream().flatMap(s -> s.blocks().stream()).toList();
        assertEquals(want.size(), got.size());
        for (int i = 0; i < want.size(); i++) {
            JsonNode w = want.get(i);
            Block g = got.get(i);
            switch (w.path("type").asText()) {
                case "paragraph" -> assertEquals(text(w, "text"), spaced(((Paragraph) g).text()));
                case "term" -> {
                    assertEquals(text(w, "term"), spaced(((GlossaryTerm) g).term()));
                    assertEquals(text(w, "definition"), spaced(((GlossaryTerm) g).definition()));
                }
                case "figure" -> {
                    assertEquals(text(w, "caption"), spaced(((Figure) g).caption()));
                    assertEquals(text(w, "credit"), spaced(((Figure) g).credit()));
                }
                default -> throw new AssertionError("unknown block type in the golden file: " + w);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {UNTAGGED, TAGGED})
    void everyBlockKnowsThePageItStartsOn(String pdf) throws Exception {
        read(pdf);
        List<JsonNode> want = expectedBlocks();
        List<Block> got = leaflet.sections().stream().flatMap(s -> s.blocks().stream()).toList();
        assertTrue(got.stream().allMatch(b -> b.from().page() > 0));
        assertEquals(want.stream().map(w -> w.path("page").asInt()).toList(),
                got.stream().map(b -> b.from().page()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {UNTAGGED, TAGGED})
    void theImprintGivesTitleEditionPublisherAndCopyright(String pdf) throws Exception {
        read(pdf);
        assertAll(
                () -> assertEquals(expected.path("title").asText(), leaflet.title()),
                () -> assertEquals(expected.path("edition").path("label").asText(), leaflet.edition().label()),
                () -> assertEquals(expected.path("edition").path("date").asText(), leaflet.edition().date()),
                () -> assertEquals(expected.path("publisher").asText(), leaflet.publisher()),
                () -> assertEquals(expected.path("copyright").asText(), leaflet.copyright()));
    }

    @ParameterizedTest
    @ValueSource(strings = {UNTAGGED, TAGGED})
    void noPageNumberContentsEntryImprintOrLayoutHeadingLeaksIntoAnyBlock(String pdf) throws Exception {
        read(pdf);
        List<String> texts = leaflet.sections().stream().flatMap(s -> s.blocks().stream())
                .map(Block::plainText).toList();
        // The only short numbers the leaflet's own sentences use ("50 per cent", "0800 987 8986").
        Set<String> numbers = new TreeSet<>();
        Matcher m = Pattern.compile("(?<![\\w.])\\d{1,3}(?![\\w.])").matcher(String.join("\n", texts));
        while (m.find()) numbers.add(m.group());
        Set<String> headings = Set.of("Contents", "Notes", "What causes it?", "Glossary", "Is there a support group?");
        assertAll(
                () -> assertEquals(Set.of("50", "987"), numbers),
                () -> assertTrue(texts.stream().noneMatch(t -> t.contains("\t"))),
                () -> assertTrue(texts.stream().noneMatch(headings::contains)),
                () -> assertTrue(texts.stream().noneMatch(t -> t.contains("Notes") || t.contains("Contents"))),
                () -> assertTrue(texts.stream().noneMatch(t -> t.contains("First edition")
                        || t.contains("Published by"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {UNTAGGED, TAGGED})
    void theContentsListConfirmsEveryHeadingAndTheTagsAreBelievedSoNothingIsWarned(String pdf) throws Exception {
        read(pdf);
        assertEquals(List.of(), leaflet.warnings());
    }

    @Test
    void theTaggedTwinGivesTheUntaggedModelBlockForBlockAndPageForPage() throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals(json.valueToTree(modelOf(UNTAGGED)), json.valueToTree(modelOf(TAGGED)));
    }

    @Test
    void theTaggedTwinsLinesCarryTheirStructureBlocks() throws Exception {
        SourceRef source = new SourceRef(TAGGED, "application/pdf", "");
        ExtractedDocument tagged = new PdfLayoutReader().read(FIXTURES.resolve(TAGGED), source, Optional.empty());
        List<LayoutLine> lines = LayoutLine.linesOf(tagged.lines());
        PdfTags tags = PdfTags.of(lines, TypeScale.of(lines), TAGGED);
        assertAll(
                () -> assertEquals("true", tagged.metadata().get("tagged")),
                () -> assertTrue(tags.isBelieved()),
                // The heading broken over two lines is one block of the tree.
                () -> assertEquals(1, lines.stream().filter(l -> l.text().equals("What are the signs and")
                        || l.text().equals("symptoms?")).map(LayoutLine::block).distinct().count()),
                // Only the page numbers, artifacts of the running footer, are outside the tree.
                () -> assertTrue(lines.stream().filter(l -> !l.isTagged()).allMatch(l -> l.text().matches("\\d"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {UNTAGGED, TAGGED})
    void identityComesFromTheContextAndLanguagesAreLeftForDetection(String pdf) throws Exception {
        read(pdf);
        assertAll(
                () -> assertEquals("nemo-deficiency-syndrome", leaflet.id()),
                () -> assertEquals("en", leaflet.language()),
                () -> assertFalse(leaflet.detectedLanguage().isKnown()),
                () -> assertEquals("sources/nemo-deficiency-syndrome/en/nemo-deficiency-syndrome.en.pdf",
                        leaflet.source().file()),
                () -> assertTrue(leaflet.sections().stream().flatMap(s -> s.paragraphs().stream())
                        .allMatch(p -> p.language().isEmpty())));
    }

    private List<JsonNode> expectedBlocks() {
        List<JsonNode> blocks = new ArrayList<>();
        for (JsonNode s : expected.path("sections")) s.path("blocks").forEach(blocks::add);
        return blocks;
    }

    /** "5p 1f": how many paragraphs, figures and terms, in that order, leaving out kinds it has none of. */
    private static String countsOf(Section s) {
        return counts(s.blocks().stream().map(BundledLeafletPdfStructureTest::kindOf).toList());
    }

    private static String countsOf(JsonNode s) {
        List<String> kinds = new ArrayList<>();
        s.path("blocks").forEach(b -> kinds.add(b.path("type").asText()));
        return counts(kinds);
    }

    private static String counts(List<String> kinds) {
        List<String> out = new ArrayList<>();
        for (String kind : List.of("paragraph", "figure", "term")) {
            long n = kinds.stream().filter(kind::equals).count();
            if (n > 0) out.add(n + kind.substring(0, 1));
        }
        return String.join(" ", out);
    }

    /** The block's JSON {@code type}: the name tools outside the project know it by. */
    private static String kindOf(Block b) {
        return new ObjectMapper().valueToTree(b).path("type").asText();
    }

    private static String text(JsonNode node, String field) {
        return spaced(node.path(field).asText());
    }

    private static String spaced(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
