package org.leafpress.model;

import java.util.Objects;

/**
 * How to print a leaflet: the page size (a name from {@code templates/print/page-sizes.yaml},
 * empty for its first, A5), whether to write a printer's master with bleed and crop marks beside
 * the plain PDF, and whether to write a 2-up booklet for an office printer.
 *
 * <p>The one record for what the manifest's {@code pageSize: A4} and {@code print: {bleed: true,
 * booklet: true}} say of one leaflet, and what the command line's {@code --page-size},
 * {@code --bleed} and {@code --booklet} say of all of them.
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

    /** These options with what the command line asks of every leaflet: its page size, and its files turned on. */
    public PrintOptions overriddenBy(PrintOptions forAll) {
        return new PrintOptions(forAll.pageSize().isEmpty() ? pageSize : forAll.pageSize(),
                bleedMaster || forAll.bleedMaster(), booklet || forAll.booklet());
    }
}
