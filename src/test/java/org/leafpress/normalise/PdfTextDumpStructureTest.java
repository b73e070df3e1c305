package org.leafpress.normalise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leafpress.model.Block;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Section;

/** A text pulled out of the designer's PDF by a plain extractor still gives the leaflet. */
class PdfTextDumpStructureTest {

    private static final Path DUMP = Path.of("src/test/resources/fixtures/nemo-deficiency-syndrome.en.pdf-text.txt");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/nemo-deficiency-syndrome.en.expected.json");

    private final Normaliser normaliser = Normaliser.fromTemplates(Path.of("templates"));

    private Leaflet model() throws IOException {
        return normaliser.normalise(TextStructureTest.plainText(DUMP), "nemo-deficiency-syndrome", "en");
    }

    @Test
    void textDumpGivesTheLeafletsSectionsInReadingOrderWordForWord() throws IOException {
        GoldenModel.assertMatches(GOLDEN, model());
    }

    @Test
    void pageNumbersContentsEntriesAndTheNotesPageNeverReachABlock() throws IOException {
        for (Section section : model().sections()) {
            for (Block block : section.blocks()) {
                String text = block.plainText();
                assertFalse(text.matches("(?s).*\\b(54|3 3 4 4)\\b.*"), "page numbers in: " + text);
                assertFalse(text.strip().equals("Contents") || text.strip().equals("Notes"), text);
                assertFalse(text.contains("What causes it? What are the signs"), "contents list in: " + text);
            }
        }
    }

    @Test
    void everyBlockKnowsTheLinesItCameFrom() throws IOException {
        for (Section section : model().sections()) {
            for (Block block : section.blocks()) {
                assertTrue(block.from().firstLine() > 0 && block.from().lastLine() >= block.from().firstLine(),
                        section.key() + ": " + block.plainText());
            }
        }
    }

    @Test
    void causesTextThatCameOutOfOrderGoesBackToItsSection() throws IOException {
        Section causes = model().section(new org.leafpress.model.SectionKey("causes")).orElseThrow();
        List<String> starts = causes.paragraphs().stream().map(p -> p.text().substring(0, 20)).toList();
        assertTrue(starts.get(3).startsWith("Sometimes new gene"), starts.toString());
    }
}
