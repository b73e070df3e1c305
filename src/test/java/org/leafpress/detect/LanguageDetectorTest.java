package org.leafpress.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leafpress.model.DetectedLanguage;

class LanguageDetectorTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");

    // One detector for the class, as for a run: its models take most of a second to load.
    private static LanguageDetector detector;

    @BeforeAll
    static void buildOnce() {
        detector = LanguageDetector.forDeclaredLanguages(List.of("en", "fr"));
    }

    @Test
    void englishPrintLeafletExtractedByPdfBoxIsEnglish() throws IOException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(FIXTURES.resolve("nemo-deficiency-syndrome.en.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf);
        }
        DetectedLanguage detected = detector.documentLanguageOf(List.of(text));
        assertEquals("en", detected.language());
        assertTrue(detected.confidence() >= 0.95, () -> "confidence " + detected.confidence());
    }

    @Test
    void englishLeafletTextDumpIsEnglishParagraphByParagraph() throws IOException {
        List<String> paragraphs = blankLineParagraphs("nemo-deficiency-syndrome.en.pdf-text.txt");
        DetectedLanguage detected = detector.documentLanguageOf(paragraphs);
        assertEquals(new DetectedLanguage("en", 1.0), detected);
        for (String paragraph : paragraphs) {
            String language = detector.languageOf(paragraph).language();
            assertTrue(language.equals("en") || language.isEmpty(), () -> language + ": " + paragraph);
        }
    }

    @Test
    void partnerWebPageIsEnglish() throws IOException {
        DetectedLanguage detected = detector.documentLanguageOf(blankLineParagraphs("idf-nemo-web-page.en.txt"));
        assertEquals("en", detected.language());
        assertTrue(detected.confidence() >= 0.95, () -> "confidence " + detected.confidence());
    }

    @Test
    void frenchTranslationIsFrenchAndSoIsEachOfItsParagraphs() throws IOException {
        // The translator's text has one paragraph a line.
        List<String> paragraphs = Files.readAllLines(FIXTURES.resolve("nemo-deficiency-syndrome.fr.treatment.txt"));
        assertEquals(4, paragraphs.size());
        assertEquals(new DetectedLanguage("fr", 1.0), detector.documentLanguageOf(paragraphs));
        for (String paragraph : paragraphs) assertEquals(new DetectedLanguage("fr", 1.0), detector.languageOf(paragraph));
    }

    @Test
    void englishSentenceLeftInAFrenchParagraphIsEnglishButTheParagraphStaysFrench() throws IOException {
        String french = Files.readAllLines(FIXTURES.resolve("nemo-deficiency-syndrome.fr.treatment.txt")).get(1);
        String untranslated = "Regular monitoring and check-ups will help to catch infections early.";
        String mixed = french.replace("Une surveillance et des contrôles réguliers aideront à attraper les infections tôt.",
                untranslated);
        assertTrue(mixed.contains(untranslated));

        DetectedLanguage paragraph = detector.languageOf(mixed);
        assertEquals("fr", paragraph.language());
        assertTrue(paragraph.confidence() > 0.6 && paragraph.confidence() < 1.0, () -> "confidence " + paragraph.confidence());
        SentenceLanguage left = detector.sentencesOf(mixed).stream()
                .filter(s -> s.text().equals(untranslated)).findFirst().orElseThrow();
        assertEquals("en", left.language());
    }

    @Test
    void drugAndDoseIsUnknownNotSpanish() {
        assertEquals(DetectedLanguage.UNKNOWN, detector.languageOf("Paracetamol 500 mg"));
    }

    @Test
    void singleWordHeadingsAreUnknown() {
        assertEquals(DetectedLanguage.UNKNOWN, detector.languageOf("Important"));
        assertEquals(DetectedLanguage.UNKNOWN, detector.languageOf("Contents"));
    }

    @Test
    void shortSentencesTogetherAreToldWhenNoneIsAlone() {
        String symptoms = "Fever and chills. A stiff neck. Feeling very sleepy. A spreading rash.";
        assertTrue(detector.sentencesOf(symptoms).stream().noneMatch(SentenceLanguage::isKnown));
        assertEquals("en", detector.languageOf(symptoms).language());
    }

    @Test
    void halfEnglishHalfFrenchLeansToTheLongerPartWithLowConfidence() {
        String english = "The pharmacist will explain how and when to take each of your medicines.";
        String french = "Le pharmacien vous expliquera comment et quand prendre chacun de vos médicaments, "
                + "et ce qu’il faut faire si vous oubliez une dose.";
        DetectedLanguage detected = detector.languageOf(english + " " + french);
        assertEquals("fr", detected.language());
        assertTrue(detected.confidence() < 0.7, () -> "confidence " + detected.confidence());
    }

    @Test
    void declaredLanguagesJoinTheCommonOnesAndRegionsAreIgnored() {
        LanguageDetector withWelsh = LanguageDetector.forDeclaredLanguages(List.of("cy", "en-GB"));
        assertEquals(List.of("cy", "en", "fr", "de", "es", "it", "nl", "pt"), withWelsh.languages());
    }

    @Test
    void aLanguageDetectionCannotTellIsRefusedByName() {
        assertFalse(LanguageDetector.canDetect("xx"));
        assertFalse(LanguageDetector.canDetect("english"));
        assertTrue(LanguageDetector.canDetect("fr-CA"));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LanguageDetector.forLanguages(List.of("en", "xx"), LanguageDetector.Accuracy.LOW));
        assertTrue(refused.getMessage().contains("'xx'"), refused.getMessage());
    }

    static List<String> blankLineParagraphs(String fixture) throws IOException {
        return Arrays.stream(Files.readString(FIXTURES.resolve(fixture)).split("\\n\\s*\\n"))
                .filter(p -> !p.isBlank()).toList();
    }
}
