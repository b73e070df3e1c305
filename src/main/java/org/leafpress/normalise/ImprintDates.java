package org.leafpress.normalise;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Turns an imprint's date ("February 2019", "février 2019") into {@code yyyy-MM}. Month names
 * come from the JDK's locale data, so every language it knows is understood.
 */
public final class ImprintDates {

    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN,
            Locale.ITALIAN, Locale.forLanguageTag("es"), Locale.forLanguageTag("nl"), Locale.forLanguageTag("pt"));

    private ImprintDates() {}

    /** {@code yyyy-MM} for "Month yyyy" in a known language, else the text as it is. */
    public static String yearMonthOf(String date) {
        // "marzo de 2022": Spanish joins month and year with "de".
        String s = date.strip().replaceAll("\\s+", " ").replaceAll("(?i)^(\\p{L}+) de (\\d{4})$", "$1 $2");
        for (Locale locale : LOCALES) {
            DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive()
                    .appendPattern("MMMM uuuu").toFormatter(locale);
            try {
                return YearMonth.parse(s, f).toString();
            } catch (DateTimeParseException e) {
                // not this language
            }
        }
        return s;
    }
}
