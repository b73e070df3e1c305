package org.leafpress.align;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text prints, written so that a translation's equal numbers compare equal:
 * {@code 1,000}, {@code 1 000} and {@code 1000} are {@code 1000}; {@code 0.5} and {@code 0,5} are
 * {@code 0.5}; a phone number is its digits ({@code 0808 157 0123} and {@code 08 08 15 70 12 3}
 * alike). A percent sign is not kept, so that "50 per cent" and "50 %" agree.
 */
final class PrintedNumbers {

    /** Digits in groups joined by a space, dot or comma; not part of a word such as B12. */
    private static final Pattern NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d])\\+?\\d+(?:[ .,\\u00a0\\u202f]\\d+)*(?![\\p{L}\\d])");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[ ,.\\u00a0\\u202f]\\d{3})+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+[.,]\\d+");
    /** A phone number has at least this many digits; fewer, grouped by spaces, are separate numbers. */
    private static final int PHONE_DIGITS = 7;

    private PrintedNumbers() {}

    static Set<String> in(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            // A sentence's full stop or a list's comma follows a number without being part of it.
            String token = m.group().replaceAll("[ .,\\u00a0\\u202f]+$", "");
            numbers.addAll(readingsOf(token));
        }
        return numbers;
    }

    private static Set<String> readingsOf(String token) {
        String digits = token.replaceAll("\\D", "");
        if (token.startsWith("+") || (token.matches(".*\\d[ \\u00a0\\u202f]\\d.*") && digits.length() >= PHONE_DIGITS
                && !THOUSANDS.matcher(token).matches())) {
            return Set.of(digits);
        }
        // One separator before exactly three digits is read as thousands ("1,000", "1.000"); a
        // decimal that precise is rare in a leaflet, a thousand is not.
        if (THOUSANDS.matcher(token).matches()) return Set.of(integer(digits));
        if (DECIMAL.matcher(token).matches()) {
            int sep = Math.max(token.lastIndexOf('.'), token.lastIndexOf(','));
            return Set.of(integer(token.substring(0, sep)) + "." + token.substring(sep + 1));
        }
        // Groups that are none of these ("3 4 5", "2.3.1") are numbers of their own.
        Set<String> parts = new LinkedHashSet<>();
        for (String part : token.split("[^\\d]+")) if (!part.isEmpty()) parts.add(integer(part));
        return parts;
    }

    private static String integer(String digits) {
        String stripped = digits.replaceFirst("^0+(?=\\d)", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
