package org.leafpress.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.leafpress.extract.PdfLayoutReader;
import org.leafpress.extract.SourceReader;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.normalise.Normaliser;

class LeafletLanguagesTest {

    private static LeafletLanguages languages;
    private static final Normaliser NORMALISER = Normaliser.fromTemplates(Path.of("templates"));

    @BeforeAll
    static void detector() {
        languages = new LeafletLanguages(LanguageDetector.forDeclaredLanguages(Set.of("en", "fr")));
    }

    private static Leaflet model(String file, String declared) throws Exception {
        Path path = Path.of(file);
        var document = new SourceReader(new PdfLayoutReader()).read(path, Optional.empty());
        return languages.annotate(NORMALISER.normalise(document, "x", declared), file);
    }

    @Test
    void frenchTranslationAndEachOfItsParagraphsAreDetectedFrench() throws Exception {
        Leaflet french = model("src/test/resources/fixtures/sources/nemo-deficiency-syndrome/fr/traitement.txt", "fr");

        assertEquals("fr", french.detectedLanguage().language());
        List<String> paragraphLanguages = french.sections().get(0).paragraphs().stream().map(Paragraph::language).toList();
        assertEquals(List.of("fr", "fr", "fr", "fr"), paragraphLanguages);
        assertTrue(french.warnings().stream().noneMatch(w -> w.code() == WarningCode.LANGUAGE_MISMATCH));
    }

    @Test
    void englishPdfIsDetectedEnglish() throws Exception {
        Leaflet english = model("src/test/resources/fixtures/sources/nemo-deficiency-syndrome/en/nemo-deficiency-syndrome.en.pdf", "en");

        assertEquals("en", english.detectedLanguage().language());
        assertTrue(english.detectedLanguage().confidence() > 0.9, english.detectedLanguage().toString());
    }

    @Test
    void englishTextFiledAsFrenchIsAMismatchNamingTheFile() throws Exception {
        String file = "src/test/resources/fixtures/sources/nemo-deficiency-syndrome-idf/en/idf-web-page.txt";
        Leaflet misfiled = model(file, "fr");

        Warning mismatch = misfiled.warnings().stream().filter(w -> w.code() == WarningCode.LANGUAGE_MISMATCH)
                .findFirst().orElseThrow();
        assertEquals(file, mismatch.where());
        assertTrue(mismatch.message().contains("declared 'fr' but the text reads as 'en'"), mismatch.message());
    }
}
