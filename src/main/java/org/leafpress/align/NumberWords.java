package org.leafpress.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Numbers written as words and times of day, from {@code templates/vocabulary/numbers.yaml}: what
 * lets parity see that "seven to ten days" is "7 à 10 jours" and "5 p.m." is "17 h".
 */
final class NumberWords {

    static final NumberWords NONE = new NumberWords(Map.of(), List.of(), List.of(), List.of(), List.of());

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-‐]\\p{L}+)*");

    private final Map<String, Map<String, List<String>>> words;
    private final Pattern twelveHour;
    private final Pattern twentyFourHour;
    private final Pattern rangeBeforeTime;
    private final Pattern clockTime = Pattern.compile("(?<![\\d.,:])(\\d{1,2}):(\\d{2})(?![\\d:])");
    private final Set<String> pm;

    private NumberWords(Map<String, Map<String, List<String>>> words, List<String> am, List<String> pm,
            List<String> hours, List<String> range) {
        this.words = words;
        this.pm = pm.stream().map(s -> s.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        String minutes = "(?:[.:](\\d{2}))?";
        this.twelveHour = am.isEmpty() && pm.isEmpty() ? null : Pattern.compile("(?<![\\d.,:])(\\d{1,2})" + minutes
                + "\\s*(" + alternatives(am, pm) + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.twentyFourHour = hours.isEmpty() ? null : Pattern.compile("(?<![\\d.,:])(\\d{1,2})(?:[.:h](\\d{2}))?\\s*("
                + alternatives(hours) + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.rangeBeforeTime = range.isEmpty() || hours.isEmpty() ? null : Pattern.compile("(?<![\\d.,:])(\\d{1,2})\\s*(?:"
                + alternatives(range) + ")\\s*(?=\\d{1,2}(?:[.:h]\\d{2})?\\s*(?:" + alternatives(hours) + ")(?![\\p{L}\\d]))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Reads the numbers file; no file, no number words. */
    static NumberWords load(Path file) {
        if (!Files.exists(file)) return NONE;
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
            Map<String, Map<String, List<String>>> words = new HashMap<>();
            for (Map.Entry<String, JsonNode> language : root.path("words").properties()) {
                Map<String, List<String>> values = new HashMap<>();
                for (Map.Entry<String, JsonNode> word : language.getValue().properties()) {
                    List<String> numbers = new ArrayList<>();
                    if (word.getValue().isArray()) for (JsonNode n : word.getValue()) numbers.add(number(n));
                    else numbers.add(number(word.getValue()));
                    values.put(word.getKey().toLowerCase(Locale.ROOT), List.copyOf(numbers));
                }
                words.put(language.getKey(), Map.copyOf(values));
            }
            JsonNode clock = root.path("clock");
            return new NumberWords(Map.copyOf(words), texts(clock.path("am")), texts(clock.path("pm")),
                    texts(clock.path("hours")), texts(clock.path("range")));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the number words", e);
        }
    }

    /** The numbers a text spells out in {@code language}, as {@link PrintedNumbers} writes digits. */
    Set<String> spelledIn(String text, String language) {
        Map<String, List<String>> known = words.getOrDefault(base(language), Map.of());
        Set<String> found = new LinkedHashSet<>();
        if (known.isEmpty()) return found;
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            List<String> whole = known.get(w);
            if (whole != null) found.addAll(whole);
            else if (w.contains("-")) for (String part : w.split("-")) found.addAll(known.getOrDefault(part, List.of()));
        }
        return found;
    }

    /** The times of day in a text, as {@code hh:mm} on the 24-hour clock, and the text without them. */
    Times timesIn(String text) {
        Set<String> times = new LinkedHashSet<>();
        String rest = text;
        if (rangeBeforeTime != null) rest = replace(rangeBeforeTime, rest, m -> add(times, m.group(1), null, false) + " ");
        if (twelveHour != null) rest = replace(twelveHour, rest,
                m -> add(times, m.group(1), m.group(2), pm.contains(m.group(3).toLowerCase(Locale.ROOT))));
        if (twentyFourHour != null) rest = replace(twentyFourHour, rest, m -> add(times, m.group(1), m.group(2), false));
        rest = replace(clockTime, rest, m -> add(times, m.group(1), m.group(2), false));
        return new Times(times, rest);
    }

    /** The times found and the text left to read for other numbers. */
    record Times(Set<String> times, String rest) {}

    private interface Replacement {
        String of(Matcher m);
    }

    private static String replace(Pattern p, String text, Replacement r) {
        Matcher m = p.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) m.appendReplacement(out, Matcher.quoteReplacement(r.of(m)));
        m.appendTail(out);
        return out.toString();
    }

    /** Adds the time and returns what stands in the text instead: a space, or the number when it is no hour. */
    private static String add(Set<String> times, String hour, String minutes, boolean afternoon) {
        int h = Integer.parseInt(hour);
        int min = minutes == null ? 0 : Integer.parseInt(minutes);
        if (h > 24 || min > 59) return hour + (minutes == null ? "" : ":" + minutes);
        if (afternoon && h < 12) h += 12;
        times.add(String.format(Locale.ROOT, "%02d:%02d", h, min));
        return " ";
    }

    private static String alternatives(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return alternatives(all);
    }

    /** Longest first, so "p.m." is tried before "pm". */
    private static String alternatives(List<String> options) {
        return options.stream().sorted((x, y) -> y.length() - x.length()).map(Pattern::quote).collect(Collectors.joining("|"));
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : list) out.add(n.asText());
        return out;
    }

    private static String number(JsonNode n) {
        String s = n.asText();
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    private static String base(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        return dash > 0 ? lower.substring(0, dash) : lower;
    }
}
