package org.leafpress.detect;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures what a detector costs, run by hand (not a test): start-up, then the three seed texts.
 * {@code java -cp ... org.leafpress.detect.LanguageDetectionCost low|high} under
 * {@code /usr/bin/time -v}; docs/language-detection.md has the figures.
 */
public final class LanguageDetectionCost {

    public static void main(String[] args) throws IOException {
        LanguageDetector.Accuracy accuracy = LanguageDetector.Accuracy.valueOf(args[0].toUpperCase(java.util.Locale.ROOT));
        Path fixtures = Path.of("src/test/resources/fixtures");
        List<String> paragraphs = new ArrayList<>();
        for (String name : List.of("nemo-deficiency-syndrome.en.pdf-text.txt", "idf-nemo-web-page.en.txt",
                "nemo-deficiency-syndrome.fr.treatment.txt")) {
            paragraphs.addAll(Arrays.asList(Files.readString(fixtures.resolve(name)).split("\\n\\s*\\n")));
        }
        long start = System.nanoTime();
        LanguageDetector detector = LanguageDetector.forLanguages(LanguageDetector.COMMON_LANGUAGES, accuracy);
        long built = System.nanoTime();
        detector.languageOf("The first sentence loads the language models.");
        long firstSentence = System.nanoTime();
        int sentences = 0;
        int told = 0;
        for (String paragraph : paragraphs) {
            for (SentenceLanguage sentence : detector.votesOf(paragraph)) {
                sentences++;
                if (sentence.isKnown()) told++;
            }
        }
        long done = System.nanoTime();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("%s: build %d ms, first sentence %d ms, %d more sentences (%d told) %d ms, heap used %d MB%n",
                accuracy, (built - start) / 1_000_000, (firstSentence - built) / 1_000_000, sentences, told,
                (done - firstSentence) / 1_000_000, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
