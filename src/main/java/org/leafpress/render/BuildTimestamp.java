package org.leafpress.render;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leafpress.model.Edition;

/**
 * The one instant a build writes into its outputs (PDF dates): {@code SOURCE_DATE_EPOCH} when the
 * environment sets it, as reproducible-builds.org asks, else the start of the edition's date,
 * else the epoch. Never the clock, so that the same sources give the same bytes.
 */
public final class BuildTimestamp {

    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    private BuildTimestamp() {}

    /** The instant for {@code edition} under {@code environment} (usually {@code System.getenv()}). */
    public static Instant of(Edition edition, Map<String, String> environment) {
        String epoch = environment.getOrDefault("SOURCE_DATE_EPOCH", "").strip();
        if (epoch.matches("\\d{1,12}")) return Instant.ofEpochSecond(Long.parseLong(epoch));
        return ofEdition(edition);
    }

    /** The first moment (UTC) of the edition's date, or the epoch when the edition has no readable date. */
    public static Instant ofEdition(Edition edition) {
        Matcher m = DATE.matcher(edition.date().strip());
        if (!m.matches()) return Instant.EPOCH;
        int month = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        int day = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), month, day).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (java.time.DateTimeException e) {
            return Instant.EPOCH;
        }
    }
}
