package org.leafpress.render;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An edition date ({@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}) in words: "February 2019", "1er février 2019". */
public final class DateWords {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private DateWords() {}

    /** {@code date} in the words of {@code strings}; as written if it is not a date of a known form. */
    public static String of(String date, LocalStrings strings) {
        Matcher m = DATE.matcher(date.strip());
        if (!m.matches()) return date.strip();
        String year = m.group(1);
        if (m.group(2) == null) return year;
        List<String> months = List.of(strings.get("date.months").split("\\s*,\\s*"));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > months.size()) return date.strip();
        String monthName = months.get(month - 1);
        if (m.group(3) == null) {
            return strings.format("date.month-year", Map.of("month", monthName, "year", year));
        }
        int day = Integer.parseInt(m.group(3));
        String dayWord = day == 1 ? strings.get("date.first-day") : Integer.toString(day);
        return strings.format("date.day-month-year", Map.of("day", dayWord, "month", monthName, "year", year));
    }
}
