package org.leafpress.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LanguageReportTest {

    private static final Path FRENCH = Path.of("src/test/resources/fixtures/nemo-deficiency-syndrome.fr.treatment.txt");
    private static final String UNTRANSLATED = "Regular monitoring and check-ups will help to catch infections early.";

    private static LanguageReport report;

    @BeforeAll
    static void reportOnFrenchWithAnUntranslatedSentenceAndADose() throws IOException {
        List<String> paragraphs = new ArrayList<>(Files.readAllLines(FRENCH));
        paragraphs.set(1, paragraphs.get(1).replace(
                "Une surveillance et des contrôles réguliers aideront à attraper les infections tôt.", UNTRANSLATED));
        paragraphs.add("Paracetamol 500 mg");
        report = LanguageReport.of("sources/x/fr/traitement.txt", paragraphs,
                LanguageDetector.forDeclaredLanguages(List.of("fr")));
    }

    @Test
    void documentAndEveryParagraphHaveALanguageAndConfidence() {
        assertEquals("fr", report.document().language());
        assertEquals(5, report.paragraphs().size());
        assertEquals(List.of("fr", "fr", "fr", "fr", ""), report.paragraphs().stream().map(ParagraphLanguage::language).toList());
        assertEquals(1.0, report.paragraphs().get(0).confidence());
        assertTrue(report.paragraphs().get(1).confidence() < 1.0);
        assertEquals(List.of(new SentenceLanguage(UNTRANSLATED, "en")), report.paragraphs().get(1).otherLanguages());
    }

    @Test
    void textShowsNumberLanguageConfidenceOpeningWordsAndTheSentenceInAnotherLanguage() {
        String[] lines = report.toText().split("\n");
        assertEquals("sources/x/fr/traitement.txt", lines[0]);
        assertTrue(lines[1].startsWith("Document: fr (French), confidence 0.9"), lines[1]);
        assertEquals("   1  fr        1.00  Le but du traitement est de prévenir les infections afin que…", lines[4]);
        assertTrue(lines[5].startsWith("   2  fr        0.8"), lines[5]);
        assertEquals("                      en: Regular monitoring and check-ups will help to catch…", lines[6]);
        assertEquals("   5  unknown      -  Paracetamol 500 mg", lines[lines.length - 1]);
    }

    @Test
    void jsonCarriesTheSameFacts() {
        JsonNode json = new ObjectMapper().valueToTree(report);
        assertEquals("fr", json.at("/document/language").asText());
        assertEquals(2, json.at("/paragraphs/1/number").asInt());
        assertEquals("en", json.at("/paragraphs/1/otherLanguages/0/language").asText());
        assertEquals("", json.at("/paragraphs/4/language").asText());
        assertTrue(json.at("/paragraphs/0/known").isMissingNode(), "isKnown() is not a field");
    }

    @Test
    void excerptIsCutAtAWordWithAnEllipsis() {
        assertEquals("Short text stays whole.", LanguageReport.excerptOf("Short text\n stays whole."));
        String cut = LanguageReport.excerptOf("word ".repeat(30));
        assertTrue(cut.endsWith("word…") && cut.length() <= LanguageReport.EXCERPT_LENGTH + 1, cut);
    }
}
