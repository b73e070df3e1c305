package org.leafpress.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leafpress.align.ParityFixtures.Truth;
import org.leafpress.model.Leaflet;
import org.leafpress.model.SectionKey;

/**
 * Four translations written for these tests (fixtures/parity/README.md: shingles fr, iron
 * deficiency anaemia de, gout es, underactive thyroid fr), each handed in with its headings and
 * without: every paragraph must land in its section, the planted slips must be found and the
 * numbers written another way must not be taken for changes. The table of placements is
 * docs/parity.md's.
 */
class ParityPairsTest {

    /** A pair: the leaflet's id and the translation's language. */
    private record Pair(String id, String language) {
        Path english() {
            return ParityFixtures.COELIAC.resolve(id + ".en.txt");
        }

        Path translation(boolean headings) {
            return ParityFixtures.COELIAC.resolve(id + "." + language + (headings ? ".txt" : ".noheadings.txt"));
        }

        String name() {
            return id + " (" + language + ")";
        }
    }

    private static final List<Pair> PAIRS = List.of(new Pair("shingles", "fr"), new Pair("iron-deficiency-anaemia", "de"),
            new Pair("gout", "es"), new Pair("underactive-thyroid", "fr"));
    private static final Path DOC = Path.of("docs/parity.md");

    private static ParityCheck check;
    private static final Map<String, Leaflet> english = new HashMap<>();

    @BeforeAll
    static void readTheSources() {
        check = ParityCheck.fromTemplates(ParityFixtures.TEMPLATES);
        for (Pair pair : PAIRS) english.put(pair.id(), ParityFixtures.model(pair.english(), pair.id(), "en"));
    }

    /** What a translated paragraph is, for the table by kind of block. */
    private enum Kind {
        OPENING_LINE("opening line (title, date, byline)"), LIST_ITEM("list item on a paragraph of its own"),
        LIST("list, lead-in and items"), ADDED("paragraph the translator added"), PARAGRAPH("paragraph");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** One translated paragraph: its text, what the links file says of it, and its kind. */
    private record Expected(String text, Truth truth, Kind kind) {}

    /** How many paragraphs of a kind there were and how many were placed right. */
    private record Count(int paragraphs, int right) {
        Count plus(boolean placed) {
            return new Count(paragraphs + 1, right + (placed ? 1 : 0));
        }

        double share() {
            return paragraphs == 0 ? 1 : (double) right / paragraphs;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d of %d (%.1f%%)", right, paragraphs, 100 * share());
        }
    }

    @Test
    void everyPairPlacesAtLeast95PercentOfItsParagraphsWithHeadingsAndWithout() throws IOException {
        StringBuilder byPair = new StringBuilder("| pair | handed in | paragraphs | in the right place |\n| --- | --- | --- | --- |\n");
        Map<Kind, Count> byKind = new LinkedHashMap<>();
        List<String> wrong = new ArrayList<>();
        List<String> belowGoal = new ArrayList<>();
        for (Pair pair : PAIRS) {
            for (boolean headings : new boolean[] {true, false}) {
                Count count = new Count(0, 0);
                Map<String, Placed> placed = placements(pair, headings);
                for (Expected e : expected(pair)) {
                    boolean right = isRight(e, placed.get(fold(e.text())));
                    count = count.plus(right);
                    byKind.merge(e.kind(), new Count(1, right ? 1 : 0), (a, b) -> new Count(a.paragraphs() + b.paragraphs(), a.right() + b.right()));
                    if (!right) wrong.add(pair.name() + (headings ? "" : " no headings") + ": " + e.truth() + " went to "
                            + placed.get(fold(e.text())) + ": " + Passage.excerptOf(e.text()));
                }
                byPair.append("| ").append(pair.name()).append(" | ").append(headings ? "with headings" : "headings removed")
                        .append(" | ").append(count.paragraphs()).append(" | ").append(count).append(" |\n");
                if (count.share() < 0.95) belowGoal.add(pair.name() + (headings ? "" : " no headings") + ": " + count);
            }
        }
        StringBuilder kinds = new StringBuilder("| kind of block | in the right place |\n| --- | --- |\n");
        for (Kind kind : Kind.values()) {
            if (byKind.containsKey(kind)) kinds.append("| ").append(kind.label).append(" | ").append(byKind.get(kind)).append(" |\n");
        }
        String tables = byPair + "\n" + kinds;
        System.out.println(tables + String.join("\n", wrong));
        assertEquals(List.of(), belowGoal, String.join("\n", wrong));
        assertTrue(Files.readString(DOC).contains(tables), "docs/parity.md does not have today's tables; they are:\n" + tables);
    }

    @Test
    void theEnglishParagraphLeftInTheShinglesFrenchIsUntranslated() {
        for (boolean headings : new boolean[] {true, false}) {
            SectionParity treatment = parity(PAIRS.get(0), headings).section(new SectionKey("treatment")).orElseThrow();

            List<ParityFinding> untranslated = treatment.findings(FindingCode.UNTRANSLATED_PARAGRAPH);
            assertEquals(1, untranslated.size(), treatment.findings().toString());
            assertTrue(untranslated.get(0).message().contains("Stay away from pregnant women"), untranslated.get(0).message());
            assertEquals(ParityStatus.PARTIAL, treatment.status());
        }
    }

    @Test
    void theGermanLeavesOutWhenToGetHelpAndOnlyThat() {
        for (boolean headings : new boolean[] {true, false}) {
            TranslationParity de = parity(PAIRS.get(1), headings);

            List<String> missing = de.sections().stream().filter(s -> s.status() == ParityStatus.MISSING)
                    .map(s -> s.key().value()).toList();
            assertEquals(List.of("when-to-get-help"), missing, headings ? "with headings" : "without");
        }
    }

    @Test
    void theSpanishOneIn45IsTheOnlyNumberMismatchOfAllFourPairs() {
        List<String> mismatches = new ArrayList<>();
        for (Pair pair : PAIRS) {
            for (boolean headings : new boolean[] {true, false}) {
                for (SectionParity s : parity(pair, headings).sections()) {
                    for (ParityFinding f : s.findings()) {
                        if (f.code() == FindingCode.NUMBER_MISMATCH || f.code() == FindingCode.LINK_MISMATCH) {
                            mismatches.add(pair.name() + (headings ? "" : " no headings") + " " + f.message());
                        }
                    }
                }
            }
        }
        assertEquals(2, mismatches.size(), String.join("\n", mismatches));
        for (String m : mismatches) {
            assertTrue(m.startsWith("gout (es)") && m.contains("overview") && m.contains("40 only in the English")
                    && m.contains("45 only in the Spanish"), m);
        }
    }

    @Test
    void theOpeningLinesAreTheTranslationsTitleDateAndPublisherNotAHeading() {
        for (Pair pair : PAIRS) {
            for (boolean headings : new boolean[] {true, false}) {
                Leaflet translation = ParityFixtures.model(pair.translation(headings), pair.id(), pair.language());
                String label = pair.name() + (headings ? "" : " no headings");
                assertTrue(!translation.title().isEmpty(), label);
                assertEquals("2022-03", translation.edition().date(), label);
                assertTrue(translation.warnings().stream().noneMatch(w -> w.message().contains("Trust")
                        || w.message().contains("Alliance") || w.message().contains("Network")), label + translation.warnings());
            }
        }
    }

    private static TranslationParity parity(Pair pair, boolean headings) {
        Leaflet translation = ParityFixtures.model(pair.translation(headings), pair.id(), pair.language());
        return check.check(english.get(pair.id()), List.of(translation), List.of(), Optional.empty(), false);
    }

    /** Where alignment put a translated paragraph: its section and link, or nowhere (read as metadata). */
    private record Placed(SectionKey key, LinkKind kind, List<Integer> source) {}

    private static Map<String, Placed> placements(Pair pair, boolean headings) {
        Leaflet translation = ParityFixtures.model(pair.translation(headings), pair.id(), pair.language());
        AlignedTranslation aligned = check.aligner().align(english.get(pair.id()), translation);
        Map<String, Placed> placed = new HashMap<>();
        for (AlignmentLink link : aligned.links()) {
            for (String text : link.translationText()) placed.put(fold(text), new Placed(link.key(), link.kind(), link.source()));
        }
        return placed;
    }

    /**
     * Right: in the links file's section; an opening line read as metadata (not a passage) or as a
     * paragraph the source lacks; an added paragraph as one.
     */
    private static boolean isRight(Expected e, Placed placed) {
        if (e.truth().key().equals(ParityFixtures.FRONT)) return placed == null || placed.kind() == LinkKind.EXTRA;
        return placed != null && placed.key().equals(e.truth().key());
    }

    /** The paragraphs of the translation (the file without headings) with their links-file lines. */
    private static List<Expected> expected(Pair pair) throws IOException {
        List<Truth> truths = ParityFixtures.links(ParityFixtures.COELIAC.resolve(pair.id() + "." + pair.language() + ".links"));
        List<String> chunks = new ArrayList<>();
        for (String chunk : Files.readString(pair.translation(false)).split("\\n\\s*\\n")) {
            if (!chunk.isBlank()) chunks.add(chunk.strip());
        }
        assertEquals(truths.size(), chunks.size(), pair.name() + ": a links line per paragraph");
        List<Expected> all = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) all.add(new Expected(chunks.get(i), truths.get(i), kindOf(chunks.get(i), truths.get(i))));
        return all;
    }

    private static Kind kindOf(String chunk, Truth truth) {
        if (truth.key().equals(ParityFixtures.FRONT)) return Kind.OPENING_LINE;
        if (truth.source().isEmpty()) return Kind.ADDED;
        if (chunk.matches("(?s)^([-–•]|\\d{1,2}\\.)\\s.*") && !chunk.contains("\n")) return Kind.LIST_ITEM;
        if (chunk.matches("(?s).*\\n\\s*([-–•]|\\d{1,2}\\.)\\s.*")) return Kind.LIST;
        return Kind.PARAGRAPH;
    }

    /** Letters and digits only, lower case: a passage's text as alignment flattened it matches the file's. */
    private static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
