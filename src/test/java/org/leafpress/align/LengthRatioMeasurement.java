package org.leafpress.align;

import java.util.List;
import java.util.Locale;
import org.leafpress.model.Leaflet;

/**
 * Measures the en-fr length model, run by hand (not a test): for each pair of the bundled and
 * test leaflets, the French characters per English character over the 1-1, 2-1 and 1-2 links,
 * and the variance per English character (Gale and Church's s²). docs/parity.md has the figures.
 * {@code java -cp target/classes:target/test-classes:... org.leafpress.align.LengthRatioMeasurement}
 */
public final class LengthRatioMeasurement {

    public static void main(String[] args) {
        TranslationAligner aligner = TranslationAligner.fromTemplates(ParityFixtures.TEMPLATES);
        Leaflet coeliacEn = ParityFixtures.model(ParityFixtures.COELIAC.resolve("coeliac-disease.en.txt"), "coeliac", "en");
        Leaflet coeliacFr = ParityFixtures.model(ParityFixtures.COELIAC.resolve("coeliac-disease.fr.txt"), "coeliac", "fr");
        Leaflet nemoEn = ParityFixtures.nemoEnglish();
        Leaflet nemoFr = ParityFixtures.nemoFrench();
        List<AlignmentLink> coeliac = aligner.align(coeliacEn, coeliacFr).links();
        List<AlignmentLink> nemo = aligner.align(nemoEn, nemoFr).links();
        report("coeliac disease (written for the tests)", coeliac);
        report("NEMO treatment (the translator's text)", nemo);
        report("both", java.util.stream.Stream.concat(coeliac.stream(), nemo.stream()).toList());
    }

    private static void report(String name, List<AlignmentLink> links) {
        double source = 0;
        double translation = 0;
        List<AlignmentLink> pairs = links.stream().filter(l -> !l.source().isEmpty() && !l.translation().isEmpty()).toList();
        for (AlignmentLink l : pairs) {
            source += String.join(" ", l.sourceText()).length();
            translation += String.join(" ", l.translationText()).length();
        }
        double mean = translation / source;
        double squares = 0;
        for (AlignmentLink l : pairs) {
            double s = String.join(" ", l.sourceText()).length();
            double t = String.join(" ", l.translationText()).length();
            squares += (t - mean * s) * (t - mean * s);
        }
        System.out.printf(Locale.ROOT, "%-42s %2d links  mean %.3f  variance %.1f%n", name, pairs.size(), mean, squares / source);
    }
}
