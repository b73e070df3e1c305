package org.leafpress.normalise.layout;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leafpress.model.Edition;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.normalise.HeadingVocabulary;
import org.leafpress.normalise.LineJoiner;
import org.leafpress.normalise.PageFurniture;

/**
 * What a leaflet's imprint states: edition, publisher and copyright from the lines the furniture
 * vocabulary recognises, and the lines printed with them that it does not (usually the title).
 */
public final class Imprint {

    private final PageFurniture furniture;
    private final String language;
    private final LineJoiner joiner;
    private Edition edition = Edition.UNKNOWN;
    private String publisher = "";
    private String copyright = "";
    private final List<LayoutLine> unread = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();

    Imprint(PageFurniture furniture, String language, LineJoiner joiner) {
        this.furniture = furniture;
        this.language = language;
        this.joiner = joiner;
    }

    /** Whether a block of small print states an imprint field, on a line or on a line wrapped over two. */
    boolean isImprint(List<LayoutLine> block) {
        for (int i = 0; i < block.size(); i++) {
            if (!furniture.imprintOf(block.get(i).text()).isEmpty()) return true;
            if (i + 1 < block.size()
                    && !furniture.imprintOf(joiner.join(List.of(block.get(i).text(), block.get(i + 1).text()))).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reads a block of imprint lines; those that state no field are kept aside. A line that states
     * none alone but does with the next, which states none either, was one line wrapped in a
     * narrow column ("Published by X (www.x-" over "y.org)").
     */
    void read(List<LayoutLine> block) {
        for (int i = 0; i < block.size(); i++) {
            LayoutLine line = block.get(i);
            Map<String, String> fields = furniture.imprintOf(line.text());
            if (fields.isEmpty() && i + 1 < block.size() && furniture.imprintOf(block.get(i + 1).text()).isEmpty()) {
                fields = furniture.imprintOf(joiner.join(List.of(line.text(), block.get(i + 1).text())));
                if (!fields.isEmpty()) i++;
            }
            if (fields.isEmpty()) unread.add(line);
            if (fields.containsKey("edition") || fields.containsKey("date")) {
                edition = new Edition(fields.getOrDefault("edition", edition.label()),
                        dateOf(fields.getOrDefault("date", ""), line));
            }
            if (fields.containsKey("publisher")) publisher = fields.get("publisher");
            if (fields.containsKey("copyright")) copyright = fields.get("copyright");
        }
    }

    Edition edition() {
        return edition;
    }

    String publisher() {
        return publisher;
    }

    String copyright() {
        return copyright;
    }

    /** The first imprint line that is no field: a title, when nothing better names the leaflet. */
    String title() {
        return unread.isEmpty() ? "" : unread.get(0).text();
    }

    /** Warnings for imprint lines that are neither a field nor the leaflet's {@code title}. */
    List<Warning> warnings(String title) {
        List<Warning> all = new ArrayList<>(warnings);
        for (LayoutLine line : unread) {
            if (!HeadingVocabulary.fold(line.text()).equals(HeadingVocabulary.fold(title))) {
                all.add(new Warning(WarningCode.IMPRINT_LINE_UNREAD, "\"" + line.text() + "\" is printed with the imprint but "
                        + "states no field leafpress knows; it is left out (add a pattern to furniture.yaml)",
                        line.where()));
            }
        }
        return all;
    }

    /** A printed date as {@code yyyy-MM} or {@code yyyy-MM-dd}; month names are read in the document's language. */
    private String dateOf(String printed, LayoutLine line) {
        String date = printed.strip();
        if (date.isEmpty() || date.matches("\\d{4}(-\\d{2}){0,2}")) return date;
        for (Locale locale : List.of(Locale.forLanguageTag(language), Locale.ENGLISH)) {
            for (String pattern : List.of("MMMM uuuu", "MMM uuuu", "MMMM, uuuu")) {
                try {
                    return YearMonth.parse(date, formatter(pattern, locale)).toString();
                } catch (DateTimeParseException e) {
                    // try the next wording
                }
            }
            try {
                return LocalDate.parse(date, formatter("d MMMM uuuu", locale)).toString();
            } catch (DateTimeParseException e) {
                // try the next language
            }
        }
        warnings.add(new Warning(WarningCode.EDITION_DATE_UNREAD, "the edition date \"" + date + "\" is not a month and year "
                + "leafpress can read; it is kept as printed", line.where()));
        return date;
    }

    private static DateTimeFormatter formatter(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(locale);
    }
}
