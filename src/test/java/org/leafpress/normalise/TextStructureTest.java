package org.leafpress.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.TextLine;
import org.leafpress.model.Block;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Section;
import org.leafpress.model.SourceRef;

class TextStructureTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private final Normaliser normaliser = Normaliser.fromTemplates(Path.of("templates"));

    static ExtractedDocument plainText(Path file) throws IOException {
        List<TextLine> lines = new ArrayList<>();
        List<String> raw = Files.readAllLines(file);
        for (int i = 0; i < raw.size(); i++) lines.add(TextLine.plain(raw.get(i), i + 1));
        return new ExtractedDocument(file, new SourceRef(file.toString(), "text/plain", ""),
                ExtractedDocument.Kind.PLAIN_TEXT, lines, Map.of(), List.of());
    }

    private static String allText(Leaflet model) {
        StringBuilder s = new StringBuilder();
        for (Section section : model.sections()) {
            s.append(section.heading()).append('\n');
            for (Block b : section.blocks()) s.append(b.plainText()).append('\n');
        }
        return s.toString();
    }

    @Test
    void webPageTextGivesIntroductionFourSectionsAndTheDisclaimerAsANote() throws IOException {
        Leaflet model = normaliser.normalise(plainText(FIXTURES.resolve("idf-nemo-web-page.en.txt")), "idf", "en");

        assertEquals(List.of("introduction", "overview", "diagnosis", "treatment", "outlook"),
                model.sections().stream().map(s -> s.key().value()).toList());
        assertEquals(List.of(1, 6, 1, 1, 1), model.sections().stream().map(s -> s.paragraphs().size()).toList());
        assertEquals("NEMO deficiency syndrome", model.title());
        List<Block> outlook = model.sections().get(4).blocks();
        assertTrue(outlook.get(outlook.size() - 1) instanceof Note note && note.text().startsWith("This page contains"));
        assertTrue(model.attribution().startsWith("Adapted from the IDF Patient"));
        assertEquals("Copyright ©2019 by Immune Deficiency Foundation, USA", model.copyright());
    }

    @Test
    void webPageFurnitureNeverReachesTheModel() throws IOException {
        String text = allText(normaliser.normalise(plainText(FIXTURES.resolve("idf-nemo-web-page.en.txt")), "idf", "en"));

        for (String furniture : List.of("Skip to main content", "IDF logo", "DNA helix illustration", "Adapted from",
                "Copyright")) {
            assertFalse(text.contains(furniture), furniture);
        }
    }

    @Test
    void translatorTextWithoutHeadingsKeepsItsFourParagraphsUnassigned() throws IOException {
        Leaflet model = normaliser.normalise(
                plainText(FIXTURES.resolve("nemo-deficiency-syndrome.fr.treatment.txt")), "nemo", "fr");

        assertEquals(1, model.sections().size());
        Section only = model.sections().get(0);
        assertEquals("unassigned", only.key().value());
        assertEquals(4, only.paragraphs().size());
        assertTrue(only.paragraphs().get(0).text().startsWith("Le but du traitement"));
        assertTrue(only.paragraphs().get(3).text().endsWith("porteront toujours la mutation NEMO."));
        assertEquals(4, only.paragraphs().get(3).from().firstLine());
    }
}
