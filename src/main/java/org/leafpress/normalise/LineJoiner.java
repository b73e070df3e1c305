package org.leafpress.normalise;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins the lines of one paragraph back into running text. A line-end hyphen is removed only
 * where it split a word: the joined word occurs elsewhere in the document and the hyphenated one
 * does not. Otherwise the hyphen stays ({@code X-linked}, {@code back-up}): the words that come
 * out must be the words that went in.
 */
public final class LineJoiner {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-\u2010][\\p{L}\\p{N}]+)*");
    private static final Pattern TAIL = Pattern.compile("([\\p{L}\\p{N}]+)[-\u2010]$");
    private static final Pattern HEAD = Pattern.compile("^([\\p{L}\\p{N}]+)");

    private final Set<String> words;

    private LineJoiner(Set<String> words) {
        this.words = words;
    }

    /** A joiner that knows every word of {@code documentText}. */
    public static LineJoiner forDocument(String documentText) {
        Set<String> words = new HashSet<>();
        Matcher m = WORD.matcher(documentText);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words.add(w);
            for (String part : w.split("[-\u2010]")) words.add(part);
            if (w.contains("-")) words.add("\u0000" + w); // marks "seen with its hyphen"
        }
        return new LineJoiner(words);
    }

    /** The lines as one paragraph: single spaces, hyphens undone where they split a word. */
    public String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip().replaceAll("[ \\t]+", " ");
            if (line.isEmpty()) continue;
            if (out.length() == 0) {
                out.append(line);
            } else if (endsWithSplitWord(out, line)) {
                out.setLength(out.length() - 1);
                out.append(line);
            } else if (out.charAt(out.length() - 1) == '-' || out.charAt(out.length() - 1) == '\u2010') {
                out.append(line); // a compound broken at its own hyphen: keep it, no space
            } else {
                out.append(' ').append(line);
            }
        }
        return out.toString();
    }

    private boolean endsWithSplitWord(CharSequence before, String next) {
        Matcher tail = TAIL.matcher(before);
        Matcher head = HEAD.matcher(next);
        if (!tail.find() || !head.find()) return false;
        String left = tail.group(1);
        String right = head.group(1);
        if (Character.isUpperCase(left.charAt(0)) && left.length() == 1 || Character.isDigit(left.charAt(0))) return false;
        String joined = (left + right).toLowerCase(Locale.ROOT);
        String hyphenated = (left + "-" + right).toLowerCase(Locale.ROOT);
        return words.contains(joined) && !words.contains("\u0000" + hyphenated);
    }
}
