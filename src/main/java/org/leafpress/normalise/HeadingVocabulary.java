package org.leafpress.normalise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.leafpress.model.SectionKey;

/**
 * Which canonical section a heading names, in any language: read from
 * {@code templates/vocabulary/sections.yaml}, which editors extend.
 */
public final class HeadingVocabulary {

    private record Wording(SectionKey key, String language, Pattern pattern) {}

    private final List<SectionKey> order;
    private final List<Wording> wordings;
    private final Set<SectionKey> navigation;
    private final Set<SectionKey> layout;
    private final Set<SectionKey> terms;
    private final Optional<SectionKey> backCover;
    private final Set<SectionKey> mustCarry;

    private HeadingVocabulary(List<SectionKey> order, List<Wording> wordings, Set<SectionKey> navigation,
            Set<SectionKey> layout, Set<SectionKey> terms, Optional<SectionKey> backCover, Set<SectionKey> mustCarry) {
        this.order = List.copyOf(order);
        this.wordings = List.copyOf(wordings);
        this.navigation = Set.copyOf(navigation);
        this.layout = Set.copyOf(layout);
        this.terms = Set.copyOf(terms);
        this.backCover = backCover;
        this.mustCarry = Set.copyOf(mustCarry);
    }

    /** Reads the vocabulary file. */
    public static HeadingVocabulary load(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
            List<SectionKey> order = new ArrayList<>();
            List<Wording> wordings = new ArrayList<>();
            Set<SectionKey> navigation = new HashSet<>();
            Set<SectionKey> layout = new HashSet<>();
            Set<SectionKey> terms = new HashSet<>();
            SectionKey backCover = null;
            Set<SectionKey> mustCarry = new HashSet<>();
            for (JsonNode entry : root.path("sections")) {
                SectionKey key = new SectionKey(entry.path("key").asText());
                order.add(key);
                if (entry.path("navigation").asBoolean(false)) navigation.add(key);
                if (entry.path("layout").asBoolean(false)) layout.add(key);
                if (entry.path("terms").asBoolean(false)) terms.add(key);
                if (entry.path("backCover").asBoolean(false)) backCover = key;
                if (entry.path("mustCarry").asBoolean(false)) mustCarry.add(key);
                entry.path("headings").fields().forEachRemaining(lang -> {
                    for (JsonNode heading : lang.getValue()) {
                        wordings.add(new Wording(key, lang.getKey(), patternOf(heading.asText())));
                    }
                });
            }
            return new HeadingVocabulary(order, wordings, navigation, layout, terms, Optional.ofNullable(backCover),
                    mustCarry);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the heading vocabulary", e);
        }
    }

    /**
     * The key a heading names. Wordings of {@code language} are tried first, then those of every
     * other language (a heading left untranslated still finds its section).
     */
    public Optional<SectionKey> keyOf(String heading, String language) {
        String folded = fold(heading);
        if (folded.isEmpty()) return Optional.empty();
        Optional<SectionKey> own = match(folded, w -> w.language().equals(language));
        return own.isPresent() ? own : match(folded, w -> true);
    }

    /** Whether a line's words are a heading this vocabulary knows, in any language. */
    public boolean isKnownHeading(String line) {
        return keyOf(line, "").isPresent();
    }

    /** The keys in the order a leaflet usually tells them. */
    public List<SectionKey> order() {
        return order;
    }

    /** The position of a key in {@link #order()}; unknown keys come after all known ones. */
    public int rank(SectionKey key) {
        int i = order.indexOf(key);
        return i < 0 ? order.size() : i;
    }

    /**
     * A section every language edition must show (a disclaimer, the helpline, the publisher's
     * contacts): a translation without it shows the source's, whatever the manifest's {@code partial:}.
     */
    public boolean isMustCarry(SectionKey key) {
        return mustCarry.contains(key);
    }

    /** A section that is only navigation (a contents list), never content. */
    public boolean isNavigation(SectionKey key) {
        return navigation.contains(key);
    }

    /** A section that is only page layout (a ruled notes page), never content. */
    public boolean isLayout(SectionKey key) {
        return layout.contains(key);
    }

    /** A section whose entries are terms with their definitions (a glossary). */
    public boolean hasTerms(SectionKey key) {
        return terms.contains(key);
    }

    /** The key of the publisher's back-cover text, which has no heading of its own. */
    public Optional<SectionKey> backCover() {
        return backCover;
    }

    private Optional<SectionKey> match(String folded, java.util.function.Predicate<Wording> which) {
        // The most specific wording wins: an exact one before one with a wildcard.
        Wording best = null;
        for (Wording w : wordings) {
            if (which.test(w) && w.pattern().matcher(folded).matches()) {
                if (best == null || specificity(w) > specificity(best)) best = w;
            }
        }
        return Optional.ofNullable(best).map(Wording::key);
    }

    private static int specificity(Wording w) {
        String p = w.pattern().pattern();
        return p.contains(".+") ? p.length() - 100 : p.length();
    }

    private static Pattern patternOf(String wording) {
        // A private-use character keeps "*" out of fold()'s reach (it trims punctuation).
        String folded = fold(wording.replace("*", WILDCARD));
        List<String> parts = new ArrayList<>();
        for (String part : folded.split(WILDCARD, -1)) parts.add(part.isEmpty() ? "" : Pattern.quote(part));
        return Pattern.compile(String.join(".+", parts));
    }

    private static final String WILDCARD = "\uE000";

    /** Case, accents, apostrophe shapes, end punctuation and spacing do not tell headings apart. */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        s = s.replace('\u2019', '\'').replace('\u02bc', '\'').toLowerCase(Locale.ROOT);
        s = s.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
        return s.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "").replace(" ?", "?");
    }

    /** For tests and reports: every wording, by key. */
    Map<SectionKey, List<String>> wordings() {
        Map<SectionKey, List<String>> all = new LinkedHashMap<>();
        for (Wording w : wordings) all.computeIfAbsent(w.key(), k -> new ArrayList<>()).add(w.pattern().pattern());
        return all;
    }
}
