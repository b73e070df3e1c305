package org.leafpress.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafpress.detect.LanguageDetector;
import org.leafpress.detect.LeafletLanguages;
import org.leafpress.extract.PdfLayoutReader;
import org.leafpress.extract.SourceReader;
import org.leafpress.extract.SourceUnreadableException;
import org.leafpress.model.Block;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.normalise.Normaliser;

/** Models as the pipeline makes them, for the parity tests: read, normalised, languages detected. */
final class ParityFixtures {

    static final Path TEMPLATES = Path.of("templates");
    static final Path NEMO = org.leafpress.testing.Fixtures.NEMO;
    static final Path COELIAC = Path.of("src/test/resources/fixtures/parity");
    /** The key a links file gives a translation's own opening lines (title, date, byline): no section. */
    static final SectionKey FRONT = new SectionKey("front");

    private static final Normaliser NORMALISER = Normaliser.fromTemplates(TEMPLATES);
    private static final SourceReader READER = new SourceReader(new PdfLayoutReader());
    private static LeafletLanguages languages;

    private ParityFixtures() {}

    /** The model of a file, with each paragraph's language detected. */
    static Leaflet model(Path file, String leaflet, String language) {
        try {
            Leaflet model = NORMALISER.normalise(READER.read(file, Optional.empty()), leaflet, language);
            return languages().annotate(model, file.toString());
        } catch (SourceUnreadableException e) {
            throw new IllegalStateException(e);
        }
    }

    static Leaflet nemoEnglish() {
        return model(NEMO.resolve("en/nemo-deficiency-syndrome.en.pdf"), "nemo-deficiency-syndrome", "en");
    }

    static Leaflet nemoFrench() {
        return model(NEMO.resolve("fr/traitement.txt"), "nemo-deficiency-syndrome", "fr");
    }

    /**
     * Where a translated paragraph belongs, from a links file (fixtures/parity/README.md): its
     * section ({@link #FRONT} for an opening line) and the source paragraphs it translates (empty
     * for "-": none).
     */
    record Truth(SectionKey key, List<Integer> source) {}

    /** A links file's lines, one per translated paragraph in reading order. */
    static List<Truth> links(Path file) {
        List<Truth> truths = new ArrayList<>();
        try {
            for (String line : java.nio.file.Files.readAllLines(file)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.strip().split("\\s+");
                List<Integer> source = f[2].equals("-") ? List.of()
                        : java.util.Arrays.stream(f[2].split(",")).map(Integer::valueOf).toList();
                truths.add(new Truth(new SectionKey(f[1]), source));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return truths;
    }

    /** Language models take a second to load: one detector for every test. */
    static synchronized LeafletLanguages languages() {
        if (languages == null) {
            languages = new LeafletLanguages(LanguageDetector.forLanguages(List.of("en", "fr", "de", "es"), LanguageDetector.Accuracy.LOW));
        }
        return languages;
    }

    /** {@code model} with the text of one paragraph of a section replaced (1-based), its language detected again. */
    static Leaflet withParagraph(Leaflet model, SectionKey key, int number, String text) {
        List<Section> sections = new ArrayList<>();
        for (Section section : model.sections()) {
            if (!section.key().equals(key)) {
                sections.add(section);
                continue;
            }
            List<Block> blocks = new ArrayList<>();
            int n = 0;
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph p && ++n == number) blocks.add(new Paragraph(text, "", p.from()));
                else blocks.add(block);
            }
            sections.add(section.withBlocks(blocks));
        }
        return languages().annotate(model.withSections(sections), "edited");
    }

    /** The text of paragraph {@code number} (1-based) of a section. */
    static String paragraph(Leaflet model, SectionKey key, int number) {
        return model.section(key).orElseThrow().paragraphs().get(number - 1).text();
    }
}
