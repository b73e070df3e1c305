package org.leafpress.align;

import java.util.HashMap;
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

    private final AnchorVocabulary vocabulary;
    private final List<Anchors> source;
    private final Map<String, Integer> sourceFrequency = new HashMap<>();
    /** For a translation's word, how many source passages have a cognate of it; filled as asked. */
    private final Map<String, Integer> cognateFrequency = new HashMap<>();

    /** Evidence against the anchors of every source passage the translation may follow. */
    AnchorEvidence(List<Anchors> source, AnchorVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.source = List.copyOf(source);
        for (Anchors a : source) {
            count(Kind.NUMBER, a.numbers());
            count(Kind.LINK, a.links());
            count(Kind.ACRONYM, a.acronyms());
            count(Kind.COGNATE, a.words());
        }
    }

    /** Between 0 (no anchor in common) and 1 (every anchor on both sides). */
    double between(Anchors s, Anchors t) {
        double shared = 0;
        double total = 0;
        for (Kind kind : List.of(Kind.NUMBER, Kind.LINK, Kind.ACRONYM)) {
            Set<String> sv = valuesOf(s, kind);
            Set<String> tv = valuesOf(t, kind);
            for (String v : sv) {
                double w = weight(kind, sourceFrequency.getOrDefault(key(kind, v), 1));
                total += w;
                if (tv.contains(v)) shared += w;
            }
            for (String v : tv) {
                double w = weight(kind, sourceFrequency.getOrDefault(key(kind, v), 1));
                total += w;
                if (sv.contains(v)) shared += w;
            }
        }
        Map<String, List<String>> sBuckets = s.wordsByPrefix(vocabulary.minimumPrefix());
        Map<String, List<String>> tBuckets = t.wordsByPrefix(vocabulary.minimumPrefix());
        for (String w : s.words()) {
            double weight = weight(Kind.COGNATE, sourceFrequency.getOrDefault(key(Kind.COGNATE, w), 1));
            total += weight;
            if (hasCognate(w, tBuckets)) shared += weight;
        }
        for (String w : t.words()) {
            double weight = weight(Kind.COGNATE, cognateFrequencyOf(w));
            total += weight;
            if (hasCognate(w, sBuckets)) shared += weight;
        }
        return total == 0 ? 0 : shared / total;
    }

    private boolean hasCognate(String word, Map<String, List<String>> buckets) {
        List<String> candidates = buckets.get(word.substring(0, Math.min(vocabulary.minimumPrefix(), word.length())));
        if (candidates == null) return false;
        for (String c : candidates) if (vocabulary.areCognates(word, c)) return true;
        return false;
    }

    private int cognateFrequencyOf(String word) {
        return cognateFrequency.computeIfAbsent(word, w -> {
            int n = 0;
            for (Anchors a : source) if (hasCognate(w, a.wordsByPrefix(vocabulary.minimumPrefix()))) n++;
            return Math.max(n, 1);
        });
    }

    /** An anchor in every source passage weighs little, one in a single passage most. */
    private double weight(Kind kind, int frequency) {
        return vocabulary.weightOf(kind) * Math.log(1 + (double) source.size() / frequency);
    }

    private void count(Kind kind, Set<String> values) {
        for (String v : values) sourceFrequency.merge(key(kind, v), 1, Integer::sum);
    }

    private static String key(Kind kind, String value) {
        return kind + ":" + value;
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
