package org.leafpress.render;

import java.util.Objects;

/**
 * How to print a leaflet: the page size (a name from {@code templates/print/page-sizes.yaml},
 * empty for its first, A5), whether to write a printer's master with bleed and crop marks beside
 * the plain PDF, and whether to write a 2-up booklet for an office printer.
 *
 * <p>The manifest's {@code pageSize: A4} and {@code print: {bleed: true, booklet: true}}, or the
 * command line's flags, map onto this one to one.
 */
public record PrintOptions(String pageSize, boolean bleedMaster, boolean booklet) {

    /** The default size, the plain PDF only. */
    public static final PrintOptions DEFAULTS = new PrintOptions("", false, false);

    public PrintOptions {
        pageSize = Objects.requireNonNullElse(pageSize, "").strip();
    }

    public PrintOptions withPageSize(String name) {
        return new PrintOptions(name, bleedMaster, booklet);
    }

    public PrintOptions withBleedMaster(boolean on) {
        return new PrintOptions(pageSize, on, booklet);
    }

    public PrintOptions withBooklet(boolean on) {
        return new PrintOptions(pageSize, bleedMaster, on);
    }
}
