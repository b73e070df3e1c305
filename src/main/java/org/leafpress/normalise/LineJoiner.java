package org.leafpress.normalise;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins printed lines into running text. A hyphen at a line's end is dropped only where the
 * document shows it split a word (the joined word occurs elsewhere, the hyphenated form does not);
 * a hyphen after a capital or a number ("X-linked") stays, and so does any hyphen it is unsure of:
 * the words that come out must be the words that went in.
 */
public final class LineJoiner {

    /** How the end of one line meets the start of the next. */
    public enum Joint { SPACE, CLOSE_UP, DROP_HYPHEN }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:[-\u2010][\\p{L}\\p{N}]+)*");
    private static final Pattern LAST_WORD = Pattern.compile("([\\p{L}\\p{N}]+(?:[-\u2010][\\p{L}\\p{N}]+)*)[-\u2010]$");
    private static final Pattern FIRST_WORD = Pattern.compile("^([\\p{L}\\p{N}]+)");
    private static final Pattern CAPITALS_OR_DIGITS = Pattern.compile("[\\p{Lu}\\p{N}]+");

    private final Set<String> words;

    private LineJoiner(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    /** A joiner that knows every word of these lines of text. */
    public static LineJoiner ofLines(List<String> lines) {
        Set<String> words = new HashSet<>();
        for (String line : lines) {
            Matcher m = WORD.matcher(line);
            while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return new LineJoiner(words);
    }

    public Joint jointOf(String end, String start) {
        if (end.endsWith("\u00ad")) return Joint.DROP_HYPHEN; // a soft hyphen is only ever a line break
        if (end.endsWith("/")) return Joint.CLOSE_UP; // an address or "and/or" broken after the slash
        Matcher before = LAST_WORD.matcher(end);
        Matcher after = FIRST_WORD.matcher(start);
        if (!before.find() || !after.find()) return Joint.SPACE;
        String head = before.group(1);
        String tail = after.group(1);
        String lastPart = head.substring(Math.max(head.lastIndexOf('-'), head.lastIndexOf('\u2010')) + 1);
        if (words.contains((head + "-" + tail).toLowerCase(Locale.ROOT))) return Joint.CLOSE_UP;
        if (CAPITALS_OR_DIGITS.matcher(lastPart).matches()) return Joint.CLOSE_UP;
        if (words.contains((head + tail).toLowerCase(Locale.ROOT))) return Joint.DROP_HYPHEN;
        return Joint.CLOSE_UP;
    }

    /** Lines joined into one string, white space collapsed. */
    public String join(List<String> lines) {
        return trimmed(joined(lines));
    }

    /**
     * White space collapsed, and no-break spaces trimmed at the ends: text copied from a web page
     * often ends its paragraphs with one, which is no part of the wording (inside, one is kept:
     * French sets one before ? : ;).
     */
    public static String trimmed(String text) {
        return text.replaceAll("\\s+", " ").replaceAll("^[\\s\u00a0\u202f]+|[\\s\u00a0\u202f]+$", "");
    }

    private String joined(List<String> lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            String s = trimmed(line);
            if (s.isEmpty()) continue;
            if (text.length() > 0) {
                switch (jointOf(text.toString(), s)) {
                    case SPACE -> text.append(' ');
                    case DROP_HYPHEN -> text.setLength(text.length() - 1);
                    case CLOSE_UP -> { }
                }
            }
            text.append(s);
        }
        return text.toString();
    }
}
