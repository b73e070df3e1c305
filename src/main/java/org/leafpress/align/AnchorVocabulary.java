package org.leafpress.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What makes two words cognates and how much each kind of anchor counts: read from
 * {@code templates/align/anchors.yaml}.
 */
final class AnchorVocabulary {

    /** The kinds of anchor, each with its own weight. */
    enum Kind { NUMBER, LINK, ACRONYM, COGNATE }

    private final NumberWords numberWords;
    private final int minimumLength;
    private final int minimumPrefix;
    private final double minimumShare;
    private final Map<Kind, Double> weights;
    private final Map<String, Set<String>> notCognates;
    private final Set<String> topLevelDomains;

    AnchorVocabulary(int minimumLength, int minimumPrefix, double minimumShare, Map<Kind, Double> weights,
            Map<String, Set<String>> notCognates, Set<String> topLevelDomains) {
        this(minimumLength, minimumPrefix, minimumShare, weights, notCognates, topLevelDomains, NumberWords.NONE);
    }

    AnchorVocabulary(int minimumLength, int minimumPrefix, double minimumShare, Map<Kind, Double> weights,
            Map<String, Set<String>> notCognates, Set<String> topLevelDomains, NumberWords numberWords) {
        this.numberWords = numberWords;
        this.minimumLength = minimumLength;
        this.minimumPrefix = minimumPrefix;
        this.minimumShare = minimumShare;
        this.weights = Map.copyOf(weights);
        this.notCognates = Map.copyOf(notCognates);
        this.topLevelDomains = Set.copyOf(topLevelDomains);
    }

    /** Reads the anchors file, and the number words in {@code templates/vocabulary/numbers.yaml} beside it. */
    static AnchorVocabulary load(Path file) {
        Path numbers = file.toAbsolutePath().getParent().getParent().resolve("vocabulary").resolve("numbers.yaml");
        return load(file, NumberWords.load(numbers));
    }

    /** Reads the anchors file. */
    static AnchorVocabulary load(Path file, NumberWords numberWords) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
            JsonNode cognates = root.path("cognates");
            Map<Kind, Double> weights = new HashMap<>();
            for (Kind kind : Kind.values()) {
                weights.put(kind, root.path("weights").path(kind.name().toLowerCase(Locale.ROOT)).asDouble(1.0));
            }
            Map<String, Set<String>> excluded = new HashMap<>();
            for (Map.Entry<String, JsonNode> language : root.path("notCognates").properties()) {
                Set<String> words = new HashSet<>();
                for (JsonNode word : language.getValue()) words.add(fold(word.asText()));
                excluded.put(language.getKey(), Set.copyOf(words));
            }
            Set<String> domains = new HashSet<>();
            for (JsonNode domain : root.path("topLevelDomains")) domains.add(domain.asText().toLowerCase(Locale.ROOT));
            return new AnchorVocabulary(cognates.path("minimumLength").asInt(5), cognates.path("minimumPrefix").asInt(5),
                    cognates.path("minimumShare").asDouble(0.6), weights, excluded, domains, numberWords);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the alignment anchors", e);
        }
    }

    NumberWords numberWords() {
        return numberWords;
    }

    double weightOf(Kind kind) {
        return weights.get(kind);
    }

    /** Letters a cognate pair shares at least: words are bucketed by this many first letters. */
    int minimumPrefix() {
        return minimumPrefix;
    }

    /** Whether a folded word of {@code language} may be half of a cognate pair. */
    boolean mayBeCognate(String folded, String language) {
        return folded.length() >= minimumLength && !notCognates.getOrDefault(language, Set.of()).contains(folded);
    }

    /** Whether two folded words share a long enough beginning to be the same word translated. */
    boolean areCognates(String a, String b) {
        int shared = 0;
        int limit = Math.min(a.length(), b.length());
        while (shared < limit && a.charAt(shared) == b.charAt(shared)) shared++;
        return shared >= minimumPrefix && shared >= minimumShare * limit;
    }

    /**
     * Whether a match of the address pattern is an address: one with a scheme, {@code www.}, an
     * {@code @} or a path is; a bare domain must be in lower case and end in a known top-level
     * domain, so that "e.g." and a sentence run into the next ("fever.Most") are not.
     */
    boolean isAddress(String found) {
        String lower = found.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http") || lower.startsWith("www.") || lower.contains("@") || lower.contains("/")) return true;
        return found.equals(lower) && topLevelDomains.contains(lower.substring(lower.lastIndexOf('.') + 1));
    }

    /** Lower case, no accents, ligatures spelt out: "Cœliaque" is "coeliaque". */
    static String fold(String word) {
        String s = word.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").replace("ß", "ss");
        return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
}
