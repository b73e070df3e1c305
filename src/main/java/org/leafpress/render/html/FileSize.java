package org.leafpress.render.html;

import java.util.Map;
import org.leafpress.render.LocalStrings;

/** A file size as a reader reads it: "52 KB", "1,4 Mo". */
final class FileSize {

    private static final long KIB = 1024;
    private static final long MIB = 1024 * 1024;

    private FileSize() {}

    /** {@code bytes} in kilobytes (rounded up, never 0) or, from one megabyte, megabytes to one decimal. */
    static String of(long bytes, LocalStrings ui) {
        if (bytes < MIB) {
            long kilobytes = Math.max(1, (bytes + KIB - 1) / KIB);
            return ui.format("size.kilobytes", Map.of("n", Long.toString(kilobytes)));
        }
        long tenths = Math.round(bytes * 10.0 / MIB);
        String number = (tenths / 10) + ui.get("number.decimal-separator") + (tenths % 10);
        return ui.format("size.megabytes", Map.of("n", number));
    }
}
