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
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.model.Block;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;

/**
 * A leaflet pair written for these tests (fixtures/parity/README.md): the French with its
 * headings removed must align back into the English sections, whole and in part.
 */
class CoeliacAlignmentTest {

    /** Where a French paragraph belongs: its section and the English paragraphs it translates (empty: none). */
    private record Truth(SectionKey key, List<Integer> source) {}

    /** A paragraph a translator added, put into the treatment section of some variants. */
    private static final String ADDED = "Pensez à prévenir l’école ou la crèche de votre enfant : le personnel de "
            + "cantine doit savoir quels repas il peut manger sans risque.";
    private static final SectionKey TREATMENT = new SectionKey("treatment");

    /**
     * Translations a translator might hand in, without headings: sections in source order;
     * "treatment-2" leaves out its second paragraph, "treatment+added" adds {@link #ADDED} as its third.
     */
    private static final List<List<String>> VARIANTS = List.of(
            List.of("about", "overview", "causes", "symptoms", "diagnosis", "treatment", "outlook", "support", "glossary"),
            List.of("treatment"),
            List.of("causes"),
            List.of("overview", "diagnosis", "outlook"),
            List.of("symptoms", "diagnosis", "treatment"),
            List.of("about", "causes", "treatment", "support"),
            List.of("overview", "causes", "symptoms", "diagnosis", "treatment", "outlook"),
            List.of("diagnosis", "treatment+added"),
            List.of("overview", "treatment-2", "outlook"),
            List.of("overview-1", "symptoms", "treatment+added-4", "glossary"));

    private static Leaflet english;
    private static Leaflet frenchWithHeadings;
    private static ParityCheck check;
    /** The French file's paragraphs, as written, by section. */
    private static Map<SectionKey, List<String>> frenchParagraphs;
    /** Each French paragraph's truth, by its text. */
    private static Map<String, Truth> truth;

    @BeforeAll
    static void readThePair() throws IOException {
        english = ParityFixtures.model(ParityFixtures.COELIAC.resolve("coeliac-disease.en.txt"), "coeliac-disease", "en");
        Path french = ParityFixtures.COELIAC.resolve("coeliac-disease.fr.txt");
        frenchWithHeadings = ParityFixtures.model(french, "coeliac-disease", "fr");
        check = ParityCheck.fromTemplates(ParityFixtures.TEMPLATES);

        frenchParagraphs = new LinkedHashMap<>();
        Map<String, SectionKey> byHeading = new HashMap<>();
        for (Section s : frenchWithHeadings.sections()) byHeading.put(s.heading(), s.key());
        SectionKey open = SectionKey.UNASSIGNED;
        for (String chunk : Files.readString(french).split("\\n\\s*\\n")) {
            String text = chunk.strip();
            if (byHeading.containsKey(text)) open = byHeading.get(text);
            else frenchParagraphs.computeIfAbsent(open, k -> new ArrayList<>()).add(text);
        }

        List<Truth> golden = ParityFixtures.links(ParityFixtures.COELIAC.resolve("coeliac-disease.fr.links")).stream()
                .map(t -> new Truth(t.key(), t.source())).toList();
        List<String> passages = new ArrayList<>();
        for (Section s : frenchWithHeadings.sections()) {
            for (Block b : s.blocks()) if (Passage.isPassage(b)) passages.add(Passage.flatten(b.plainText()));
        }
        assertEquals(golden.size(), passages.size(), "coeliac-disease.fr.links has a line per French paragraph");
        truth = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) truth.put(passages.get(i), golden.get(i));
        truth.put(Passage.flatten(ADDED), new Truth(TREATMENT, List.of()));
    }

    @Test
    void frenchHeadingsAreAnchorsAndEveryLinkIsRight() {
        AlignedTranslation aligned = check.aligner().align(english, frenchWithHeadings);

        Share share = shareOf(aligned);
        assertEquals(share.paragraphs(), share.inRightSection());
        assertEquals(share.paragraphs(), share.rightlyLinked());
    }

    @Test
    void frenchWithoutHeadingsAlignsBackIntoItsSections(@TempDir Path folder) throws IOException {
        Share total = new Share(0, 0, 0);
        StringBuilder table = new StringBuilder();
        for (List<String> variant : VARIANTS) {
            Leaflet headless = headless(variant, folder);
            assertEquals(List.of("unassigned"), headless.sections().stream().map(s -> s.key().value()).toList());
            Share share = shareOf(check.aligner().align(english, headless));
            table.append(String.format(Locale.ROOT, "%-70s %s%n", variant, share));
            total = total.plus(share);
        }
        System.out.printf(Locale.ROOT, "Coeliac disease, French without headings:%n%sall: %s%n", table, total);

        assertTrue(total.sectionShare() >= 0.95, "paragraphs in the right section: " + total);
        assertTrue(total.linkShare() >= 0.90, "paragraphs linked to the right English paragraphs: " + total);
    }

    @Test
    void aParagraphHandedInAloneGoesToItsSectionOrStaysUnassignedNeverElsewhere(@TempDir Path folder) throws IOException {
        int right = 0;
        int unassigned = 0;
        List<String> misplaced = new ArrayList<>();
        int n = 0;
        for (Map.Entry<SectionKey, List<String>> section : frenchParagraphs.entrySet()) {
            for (String paragraph : section.getValue()) {
                Path file = folder.resolve("alone-" + n++ + ".fr.txt");
                Files.writeString(file, paragraph + "\n");
                AlignedTranslation aligned = check.aligner().align(english,
                        ParityFixtures.model(file, "coeliac-disease", "fr"));
                SectionKey placed = aligned.model().sections().get(0).key();
                if (placed.equals(section.getKey())) right++;
                else if (placed.equals(SectionKey.UNASSIGNED)) unassigned++;
                else misplaced.add(section.getKey() + " went to " + placed + ": " + paragraph);
            }
        }
        System.out.printf(Locale.ROOT, "Coeliac disease, each French paragraph alone: %d of %d in the right section, "
                + "%d unassigned, %d elsewhere%n", right, n, unassigned, misplaced.size());
        assertEquals(List.of(), misplaced);
        assertTrue(right >= 0.8 * n, right + " of " + n);
    }

    @Test
    void aFullTranslationIsTranslatedEverywhereAndPassesTheGate() {
        TranslationParity fr = check.check(english, List.of(frenchWithHeadings), List.of(), Optional.empty(), false);

        assertEquals(ParityStatus.TRANSLATED, fr.status());
        assertEquals(8, fr.contentSections());
        assertEquals(8, fr.coveredSections());
        ParityReport report = new ParityReport(List.of(new LeafletParity("coeliac-disease", "en", List.of(fr))));
        assertEquals(List.of(), ParityGate.failuresOf(report));
    }

    @Test
    void aChangedNumberIsFlagged() {
        SectionKey diagnosis = new SectionKey("diagnosis");
        String weeks = ParityFixtures.paragraph(frenchWithHeadings, diagnosis, 2);
        Leaflet changed = ParityFixtures.withParagraph(frenchWithHeadings, diagnosis, 2, weeks.replace("6 semaines", "8 semaines"));

        SectionParity section = check.check(english, List.of(changed), List.of(), Optional.empty(), false)
                .section(diagnosis).orElseThrow();

        List<ParityFinding> mismatches = section.findings(FindingCode.NUMBER_MISMATCH);
        assertEquals(1, mismatches.size());
        assertEquals("English paragraph 2 and French paragraph 2 of diagnosis differ in numbers: "
                + "6 only in the English; 8 only in the French", mismatches.get(0).message());
        ParityReport report = new ParityReport(List.of(new LeafletParity("coeliac-disease", "en",
                List.of(check.check(english, List.of(changed), List.of(), Optional.empty(), false)))));
        assertTrue(ParityGate.failuresOf(report).get(0).startsWith("coeliac-disease fr diagnosis: number-mismatch"));
    }

    @Test
    void aChangedPhoneNumberIsFlagged() {
        SectionKey support = new SectionKey("support");
        String call = ParityFixtures.paragraph(frenchWithHeadings, support, 1);
        Leaflet changed = ParityFixtures.withParagraph(frenchWithHeadings, support, 1, call.replace("0808 157 0123", "0808 157 0124"));

        SectionParity section = check.check(english, List.of(changed), List.of(), Optional.empty(), false)
                .section(support).orElseThrow();

        assertEquals(1, section.findings(FindingCode.NUMBER_MISMATCH).size());
    }

    @Test
    void aParagraphLeftOutIsMissingAndItsSectionPartial(@TempDir Path folder) throws IOException {
        Leaflet gap = headless(List.of("overview", "treatment-2", "outlook"), folder);

        TranslationParity fr = check.check(english, List.of(gap), List.of(), Optional.empty(), false);

        SectionParity treatment = fr.section(TREATMENT).orElseThrow();
        assertEquals(ParityStatus.PARTIAL, treatment.status());
        assertEquals(5, treatment.sourceParagraphs());
        assertEquals(4, treatment.translationParagraphs());
        List<ParityFinding> missing = treatment.findings(FindingCode.MISSING_PARAGRAPH);
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).message().startsWith("English paragraph 2 of treatment has no French translation"),
                missing.get(0).message());
        assertTrue(missing.get(0).where().endsWith("coeliac-disease.en.txt line 45"), missing.get(0).where());
        assertEquals("covers 3 of 8 content sections (overview, treatment, outlook)", fr.summary());
    }

    @Test
    void aTranslationInTwoDocumentsIsOneTranslation(@TempDir Path folder) throws IOException {
        Leaflet first = headless(List.of("diagnosis"), folder);
        Leaflet second = headless(List.of("support"), folder);

        AlignedTranslation aligned = check.aligner().align(english, List.of(first, second), List.of());

        assertEquals(List.of("diagnosis", "support"), aligned.model().sections().stream().map(s -> s.key().value()).toList());
        assertTrue(aligned.links().stream().filter(l -> l.key().value().equals("support"))
                .allMatch(l -> l.translationWhere().get(0).contains("support.fr.txt")));
    }

    @Test
    void aSectionSplitOverTwoDocumentsIsNotMissingAnything(@TempDir Path folder) throws IOException {
        Leaflet first = headless(List.of("diagnosis-4"), folder);
        Path last = folder.resolve("last.fr.txt");
        Files.writeString(last, frenchParagraphs.get(new SectionKey("diagnosis")).get(3) + "\n");
        Leaflet fourth = ParityFixtures.model(last, "coeliac-disease", "fr");

        SectionParity diagnosis = check.check(english, List.of(first, fourth), List.of(), Optional.empty(), false)
                .section(new SectionKey("diagnosis")).orElseThrow();

        assertEquals(4, diagnosis.translationParagraphs());
        assertEquals(List.of(), diagnosis.findings(FindingCode.MISSING_PARAGRAPH));
        assertEquals(ParityStatus.TRANSLATED, diagnosis.status());
    }

    /** The French of a variant as a translator's plain text with no headings, read as the pipeline reads it. */
    private static Leaflet headless(List<String> variant, Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        for (String spec : variant) {
            SectionKey key = new SectionKey(spec.replaceAll("[+-].*", ""));
            List<String> paragraphs = new ArrayList<>(frenchParagraphs.get(key));
            if (spec.matches(".*-\\d+")) paragraphs.remove(Integer.parseInt(spec.replaceAll(".*-", "")) - 1);
            if (spec.contains("+added")) paragraphs.add(2, ADDED);
            for (String p : paragraphs) text.append(p).append("\n\n");
        }
        Path file = folder.resolve(String.join("_", variant).replaceAll("[^a-z0-9_]", "") + ".fr.txt");
        Files.writeString(file, text.toString());
        return ParityFixtures.model(file, "coeliac-disease", "fr");
    }

    /** How many translated paragraphs alignment put in the right section, and linked to the right English ones. */
    private record Share(int paragraphs, int inRightSection, int rightlyLinked) {
        Share plus(Share other) {
            return new Share(paragraphs + other.paragraphs, inRightSection + other.inRightSection,
                    rightlyLinked + other.rightlyLinked);
        }

        double sectionShare() {
            return (double) inRightSection / paragraphs;
        }

        double linkShare() {
            return (double) rightlyLinked / paragraphs;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d paragraphs, %d in the right section (%.1f%%), %d rightly linked (%.1f%%)",
                    paragraphs, inRightSection, 100 * sectionShare(), rightlyLinked, 100 * linkShare());
        }
    }

    private static Share shareOf(AlignedTranslation aligned) {
        int paragraphs = 0;
        int inSection = 0;
        int linked = 0;
        for (AlignmentLink link : aligned.links()) {
            for (String text : link.translationText()) {
                Truth expected = truth.get(text);
                paragraphs++;
                if (expected != null && expected.key().equals(link.key())) inSection++;
                if (expected != null && expected.key().equals(link.key()) && expected.source().equals(link.source())) linked++;
            }
        }
        return new Share(paragraphs, inSection, linked);
    }

}
