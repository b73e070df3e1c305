package org.leafpress.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The aligner's probabilities, read from {@code templates/align/alignment.yaml} and kept as
 * costs (negative logarithms).
 */
final class AlignmentParameters {

    private final Map<String, LengthModel> lengths;
    private final Map<LinkKind, Double> linkCosts;
    private final double untranslatedSectionCost;
    private final double partlyTranslatedSectionCost;
    private final double anchorWeight;
    private final double expectedEvidence;

    private AlignmentParameters(Map<String, LengthModel> lengths, Map<LinkKind, Double> linkCosts,
            double untranslatedSectionCost, double partlyTranslatedSectionCost, double anchorWeight,
            double expectedEvidence) {
        this.lengths = Map.copyOf(lengths);
        this.linkCosts = Map.copyOf(linkCosts);
        this.untranslatedSectionCost = untranslatedSectionCost;
        this.partlyTranslatedSectionCost = partlyTranslatedSectionCost;
        this.anchorWeight = anchorWeight;
        this.expectedEvidence = expectedEvidence;
    }

    /** Reads the parameters file. */
    static AlignmentParameters load(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
            Map<String, LengthModel> lengths = new HashMap<>();
            for (Map.Entry<String, JsonNode> pair : root.path("lengths").properties()) {
                lengths.put(pair.getKey(), new LengthModel(pair.getValue().path("mean").asDouble(),
                        pair.getValue().path("variance").asDouble()));
            }
            if (!lengths.containsKey("default")) throw new IllegalArgumentException(file + ": lengths has no default");
            Map<LinkKind, Double> links = new EnumMap<>(LinkKind.class);
            for (LinkKind kind : LinkKind.values()) {
                if (!kind.isStep()) continue;
                double p = root.path("links").path(kind.label()).asDouble(0);
                if (p <= 0 || p > 1) throw new IllegalArgumentException(file + ": links." + kind.label() + " must be a probability");
                links.put(kind, -StrictMath.log(p));
            }
            JsonNode anchors = root.path("anchors");
            return new AlignmentParameters(lengths, links, -StrictMath.log(root.path("untranslatedSection").asDouble(0.5)),
                    -StrictMath.log(root.path("partlyTranslatedSection").asDouble(0.1)), anchors.path("weight").asDouble(),
                    anchors.path("expected").asDouble());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the alignment parameters", e);
        }
    }

    /** The length model from {@code source} to {@code translation} (ISO 639-1 codes). */
    LengthModel lengthsFor(String source, String translation) {
        String s = base(source);
        String t = base(translation);
        LengthModel direct = lengths.get(s + "-" + t);
        if (direct != null) return direct;
        LengthModel reverse = lengths.get(t + "-" + s);
        return reverse != null ? reverse.reversed() : lengths.get("default");
    }

    double expectedEvidence() {
        return expectedEvidence;
    }

    /** These parameters with another expected evidence (see {@link #anchorCost}). */
    AlignmentParameters expectingEvidence(double expected) {
        return new AlignmentParameters(lengths, linkCosts, untranslatedSectionCost, partlyTranslatedSectionCost,
                anchorWeight, expected);
    }

    /** Whether {@code alignment.yaml} measured the pair (either way round). */
    boolean measures(String source, String translation) {
        String s = base(source);
        String t = base(translation);
        return lengths.containsKey(s + "-" + t) || lengths.containsKey(t + "-" + s);
    }

    double costOf(LinkKind kind) {
        return linkCosts.get(kind);
    }

    double untranslatedSectionCost() {
        return untranslatedSectionCost;
    }

    double partlyTranslatedSectionCost() {
        return partlyTranslatedSectionCost;
    }

    /** The cost anchors add to a link: negative when the evidence is better than expected. */
    double anchorCost(double evidence) {
        return anchorWeight * (expectedEvidence - evidence);
    }

    private static String base(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        return dash > 0 ? lower.substring(0, dash) : lower;
    }
}
