package org.leafpress.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.model.Leaflet;
import org.leafpress.model.SectionKey;
import org.leafpress.source.SectionPin;

/** The bundled NEMO leaflet: the English PDF and the French translator's text with no headings. */
class NemoParityTest {

    private static final SectionKey TREATMENT = new SectionKey("treatment");
    private static Leaflet english;
    private static Leaflet french;
    private static ParityCheck check;

    @BeforeAll
    static void readTheSources() {
        english = ParityFixtures.nemoEnglish();
        french = ParityFixtures.nemoFrench();
        check = ParityCheck.fromTemplates(ParityFixtures.TEMPLATES);
    }

    private TranslationParity parity(Leaflet source, Optional<TranslationLock> lock) {
        return check.check(source, List.of(french), List.of(), lock, false);
    }

    @Test
    void frenchTextWithNoHeadingsComesOutAsTheTreatmentSection() {
        assertEquals(List.of("unassigned"), french.sections().stream().map(s -> s.key().value()).toList());

        AlignedTranslation aligned = check.aligner().align(english, french);

        assertEquals(List.of("treatment"), aligned.model().sections().stream().map(s -> s.key().value()).toList());
        assertEquals(4, aligned.model().section(TREATMENT).orElseThrow().paragraphs().size());
    }

    @Test
    void frenchCoversOneOfEightContentSectionsItsFourParagraphsFacingThreeEnglishOnes() {
        TranslationParity fr = parity(english, Optional.empty());

        assertEquals(ParityStatus.PARTIAL, fr.status());
        assertEquals(8, fr.contentSections());
        assertEquals(1, fr.coveredSections());
        assertEquals("covers 1 of 8 content sections (treatment)", fr.summary());
        // The source publisher's own matter (about, about-publisher) is not asked of a translation.
        assertEquals(List.of("overview", "causes", "symptoms", "diagnosis", "treatment", "outlook", "support", "glossary"),
                fr.sections().stream().map(s -> s.key().value()).toList());
        for (SectionParity s : fr.sections()) {
            if (!s.key().equals(TREATMENT)) assertEquals(ParityStatus.MISSING, s.status(), s.key().value());
        }

        SectionParity treatment = fr.section(TREATMENT).orElseThrow();
        // Partial, not translated: the translator dropped the two sentences that send readers to
        // immunodeficiencyuk.org, two link-mismatch errors (see below).
        assertEquals(ParityStatus.PARTIAL, treatment.status());
        assertEquals(3, treatment.sourceParagraphs());
        assertEquals(4, treatment.translationParagraphs());
        assertEquals(List.of("1-1 [1] [1]", "1-1 [2] [2]", "1-1 [3] [3]", "0-1 [] [4]"),
                treatment.links().stream().map(l -> l.kind().label() + " " + l.source() + " " + l.translation()).toList());
    }

    @Test
    void theChemotherapyParagraphHasNoEnglishCounterpart() {
        SectionParity treatment = parity(english, Optional.empty()).section(TREATMENT).orElseThrow();

        List<ParityFinding> extra = treatment.findings(FindingCode.EXTRA_PARAGRAPH);
        assertEquals(1, extra.size());
        assertTrue(extra.get(0).message().contains("Cela nécessite d’abord un traitement par"), extra.get(0).message());
        assertEquals("src/test/resources/fixtures/sources/nemo-deficiency-syndrome/fr/traitement.txt line 4", extra.get(0).where());
        assertTrue(treatment.findings(FindingCode.UNTRANSLATED_PARAGRAPH).isEmpty());
        assertTrue(treatment.findings(FindingCode.NUMBER_MISMATCH).isEmpty());
    }

    @Test
    void editingAnEnglishSentenceMakesTheFrenchStaleWithAWordDiffAndAcceptClearsIt(@TempDir Path folder) {
        Path lockFile = folder.resolve("translation.lock");
        TranslationLock.accepting(english, check.aligner().align(english, french)).write(lockFile);
        // Partial for its two real link mismatches, and not stale.
        assertEquals(ParityStatus.PARTIAL,
                parity(english, TranslationLock.read(lockFile)).section(TREATMENT).orElseThrow().status());

        String before = ParityFixtures.paragraph(english, TREATMENT, 2);
        String after = before.replace("Live vaccines should not be given", "Live vaccines must never be given");
        Leaflet edited = ParityFixtures.withParagraph(english, TREATMENT, 2, after);

        SectionParity stale = parity(edited, TranslationLock.read(lockFile)).section(TREATMENT).orElseThrow();
        assertEquals(ParityStatus.STALE, stale.status());
        assertEquals(1, stale.findings(FindingCode.STALE_SOURCE).size());
        assertTrue(stale.sourceChanges().contains(new WordChange(WordChange.Op.REMOVED, "should not")));
        assertTrue(stale.sourceChanges().contains(new WordChange(WordChange.Op.ADDED, "must never")));
        assertTrue(stale.sourceChanges().stream().anyMatch(c -> c.op() == WordChange.Op.SAME && c.text().endsWith("Live vaccines")));

        TranslationLock.accepting(edited, check.aligner().align(edited, french)).write(lockFile);
        SectionParity accepted = parity(edited, TranslationLock.read(lockFile)).section(TREATMENT).orElseThrow();
        assertEquals(ParityStatus.PARTIAL, accepted.status()); // not stale; partial for its two real link mismatches
        assertTrue(accepted.sourceChanges().isEmpty());
    }

    @Test
    void aNewPdfOfTheSameWordsIsNotStale() {
        TranslationLock lock = TranslationLock.accepting(english, check.aligner().align(english, french));

        Leaflet again = ParityFixtures.nemoEnglish();

        // Partial for its two real link mismatches, not stale.
        assertEquals(ParityStatus.PARTIAL, parity(again, Optional.of(lock)).section(TREATMENT).orElseThrow().status());
    }

    @Test
    void frenchParagraphLeftInEnglishIsFlagged() {
        String english2 = ParityFixtures.paragraph(english, TREATMENT, 2);
        Leaflet mixed = ParityFixtures.withParagraph(french, SectionKey.UNASSIGNED, 2, english2);

        SectionParity treatment = check.check(english, List.of(mixed), List.of(), Optional.empty(), false)
                .section(TREATMENT).orElseThrow();

        assertEquals(ParityStatus.PARTIAL, treatment.status());
        List<ParityFinding> untranslated = treatment.findings(FindingCode.UNTRANSLATED_PARAGRAPH);
        assertEquals(1, untranslated.size());
        assertTrue(untranslated.get(0).message().startsWith("French paragraph 2 of treatment reads as English"),
                untranslated.get(0).message());
    }

    @Test
    void strictFailsNamingLeafletLanguageAndSectionUnlessFrenchIsADraft() {
        TranslationParity fr = parity(english, Optional.empty());
        ParityReport report = new ParityReport(List.of(new LeafletParity("nemo-deficiency-syndrome", "en", List.of(fr))));

        List<String> failures = ParityGate.failuresOf(report);
        assertTrue(ParityGate.fails(report));
        assertTrue(failures.stream().anyMatch(f -> f.startsWith("nemo-deficiency-syndrome fr causes: missing")), failures.toString());
        assertFalse(failures.stream().anyMatch(f -> f.contains("extra-paragraph")), "an added paragraph is only a warning");

        TranslationParity draft = check.check(english, List.of(french), List.of(), Optional.empty(), true);
        ParityReport drafts = new ParityReport(List.of(new LeafletParity("nemo-deficiency-syndrome", "en", List.of(draft))));
        assertFalse(ParityGate.fails(drafts));
    }

    @Test
    void aPinOnTheDocumentWinsOverAlignment() {
        SectionPin pin = SectionPin.parse("fr/traitement.txt", "support");

        AlignedTranslation aligned = check.aligner().align(english, List.of(french), List.of(pin));

        assertEquals(List.of("support"), aligned.model().sections().stream().map(s -> s.key().value()).toList());
    }

    @Test
    void aPinOnOneParagraphMovesOnlyThatParagraph() {
        SectionPin pin = SectionPin.parse("fr/traitement.txt#4", "outlook");

        AlignedTranslation aligned = check.aligner().align(english, List.of(french), List.of(pin));

        assertEquals(List.of("treatment", "outlook"), aligned.model().sections().stream().map(s -> s.key().value()).toList());
        assertEquals(3, aligned.model().section(TREATMENT).orElseThrow().paragraphs().size());
        assertTrue(aligned.model().section(new SectionKey("outlook")).orElseThrow().paragraphs().get(0).text()
                .startsWith("Cela nécessite"));
    }
}
