package org.leafpress.align;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leafpress.align.AnchorVocabulary.Kind;

/**
 * How strongly two passages' anchors say that one translates the other: the share of their
 * anchors found on both sides, each anchor weighted by its kind and by how rare it is in the
 * source (a word in every source paragraph says nothing about which one a translation follows).
 */
final class AnchorEvidence {

    private static final List<Kind> EXACT = List.of(Kind.NUMBER, Kind.LINK, Kind.ACRONYM);

    private final AnchorVocabulary vocabulary;
    private final List<Anchors> source;
    /** Per kind, each anchor's weight: from its frequency in the source, or for a translation's
     * word from how many source passages have a cognate of it. Filled as asked. */
    private final Map<Kind, Map<String, Double>> weights = new EnumMap<>(Kind.class);
    private final Map<Kind, Map<String, Integer>> sourceFrequency = new EnumMap<>(Kind.class);
    private final Map<String, Double> translationWordWeights = new HashMap<>();
    /** Each passage's words by their first letters, built once: the programme asks thousands of times. */
    private final Map<Anchors, Map<String, List<String>>> buckets = new IdentityHashMap<>();

    /** Evidence against the anchors of every source passage the translation may follow. */
    AnchorEvidence(List<Anchors> source, AnchorVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.source = List.copyOf(source);
        for (Kind kind : Kind.values()) {
            weights.put(kind, new HashMap<>());
            Map<String, Integer> frequency = new HashMap<>();
            for (Anchors a : source) for (String v : valuesOf(a, kind)) frequency.merge(v, 1, Integer::sum);
            sourceFrequency.put(kind, frequency);
        }
    }

    /** Between 0 (no anchor in common) and 1 (every anchor on both sides). */
    double between(Anchors s, Anchors t) {
        double shared = 0;
        double total = 0;
        for (Kind kind : EXACT) {
            Set<String> sv = valuesOf(s, kind);
            Set<String> tv = valuesOf(t, kind);
            for (String v : sv) {
                double w = weight(kind, v);
                total += w;
                if (tv.contains(v) || (kind == Kind.NUMBER && t.spelled().contains(v))) shared += w;
            }
            for (String v : tv) {
                double w = weight(kind, v);
                total += w;
                if (sv.contains(v) || (kind == Kind.NUMBER && s.spelled().contains(v))) shared += w;
            }
        }
        Map<String, List<String>> sBuckets = bucketsOf(s);
        Map<String, List<String>> tBuckets = bucketsOf(t);
        for (String w : s.words()) {
            double weight = weight(Kind.COGNATE, w);
            total += weight;
            if (hasCognate(w, tBuckets)) shared += weight;
        }
        for (String w : t.words()) {
            double weight = translationWordWeight(w);
            total += weight;
            if (hasCognate(w, sBuckets)) shared += weight;
        }
        return total == 0 ? 0 : shared / total;
    }

    private boolean hasCognate(String word, Map<String, List<String>> wordBuckets) {
        List<String> candidates = wordBuckets.get(word.substring(0, Math.min(vocabulary.minimumPrefix(), word.length())));
        if (candidates == null) return false;
        for (String c : candidates) if (vocabulary.areCognates(word, c)) return true;
        return false;
    }

    /** A source anchor's weight, or an exact anchor of the translation's (as rare as its source twin). */
    private double weight(Kind kind, String value) {
        return weights.get(kind).computeIfAbsent(value, v -> weightOf(kind, sourceFrequency.get(kind).getOrDefault(v, 1)));
    }

    /** A translation's word weighs as rare as its cognates are in the source. */
    private double translationWordWeight(String word) {
        return translationWordWeights.computeIfAbsent(word, w -> {
            int n = 0;
            for (Anchors a : source) if (hasCognate(w, bucketsOf(a))) n++;
            return weightOf(Kind.COGNATE, Math.max(n, 1));
        });
    }

    private Map<String, List<String>> bucketsOf(Anchors anchors) {
        return buckets.computeIfAbsent(anchors, a -> a.wordsByPrefix(vocabulary.minimumPrefix()));
    }

    /** An anchor in every source passage weighs little, one in a single passage most. */
    private double weightOf(Kind kind, int frequency) {
        return vocabulary.weightOf(kind) * StrictMath.log(1 + (double) source.size() / frequency);
    }

    private static Set<String> valuesOf(Anchors a, Kind kind) {
        return switch (kind) {
            case NUMBER -> a.numbers();
            case LINK -> a.links();
            case ACRONYM -> a.acronyms();
            case COGNATE -> a.words();
        };
    }
}
