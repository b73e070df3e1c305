package org.leafpress.render.print;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leafpress.render.RenderException;
import org.leafpress.render.check.PdfExpectations;

/**
 * A paper size a leaflet is printed at, from {@code templates/print/page-sizes.yaml}: its CSS
 * lengths, the size of running text, the multiple its page count is padded to, how many writing
 * lines a Notes page gets, how tall the cover's content is, and the page margins.
 */
public record PageSize(String name, String width, String height, String bodyText, int pageMultiple,
        int notesLines, String coverHeight, String margins, String coverMargins) {

    public PageSize {
        pageMultiple = Math.max(1, pageMultiple);
        notesLines = Math.max(0, notesLines);
        margins = margins == null || margins.isBlank() ? "15mm 14mm 17mm 14mm" : margins;
        coverMargins = coverMargins == null || coverMargins.isBlank() ? "0 14mm" : coverMargins;
    }

    /** A size with the default margins. */
    public PageSize(String name, String width, String height, String bodyText, int pageMultiple, int notesLines,
            String coverHeight) {
        this(name, width, height, bodyText, pageMultiple, notesLines, coverHeight, null, null);
    }

    /** How many pages to add to {@code pages} to reach the next multiple. */
    public int paddingFor(int pages) {
        return paddingFor(pages, pageMultiple);
    }

    /** How many pages to add to {@code pages} to reach the next multiple of {@code multiple}. */
    static int paddingFor(int pages, int multiple) {
        int rest = pages % multiple;
        return rest == 0 ? 0 : multiple - rest;
    }

    /** The page count a booklet needs: a multiple of both this size's multiple and 4. */
    int bookletMultiple() {
        int m = pageMultiple;
        while (m % 4 != 0) m += pageMultiple;
        return m;
    }

    Length trimWidth() {
        return Length.parse(width);
    }

    Length trimHeight() {
        return Length.parse(height);
    }

    Margins pageMargins() {
        return Margins.parse(margins);
    }

    Margins coverPageMargins() {
        return Margins.parse(coverMargins);
    }

    /** Every size in {@code file}, the default first. */
    public static List<PageSize> readAll(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            List<PageSize> sizes = new ArrayList<>();
            for (JsonNode size : root.path("sizes")) {
                PageSize s = new PageSize(size.path("name").asText(), size.path("width").asText(),
                        size.path("height").asText(), size.path("body").asText("10pt"),
                        size.path("page-multiple").asInt(1), size.path("notes-lines").asInt(20),
                        size.path("cover-height").asText("180mm"), size.path("margins").asText(""),
                        size.path("cover-margins").asText(""));
                try {
                    s.trimWidth();
                    s.trimHeight();
                    s.pageMargins();
                    s.coverPageMargins();
                } catch (IllegalArgumentException e) {
                    throw new IOException("size '" + s.name() + "': " + e.getMessage(), e);
                }
                sizes.add(s);
            }
            if (sizes.isEmpty()) throw new IOException("it lists no sizes under 'sizes:'");
            return List.copyOf(sizes);
        } catch (IOException e) {
            throw new RenderException(file.toString(), "the page sizes cannot be read: " + e.getMessage(), e);
        }
    }

    /** The size called {@code name} (case-insensitive) in {@code file}. */
    public static PageSize named(String name, Path file) {
        return named(name, readAll(file), file.toString());
    }

    static PageSize named(String name, List<PageSize> sizes, String where) {
        return sizes.stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(name.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new RenderException(where, "no page size called '" + name
                        + "'; add it to the file or pick one of " + sizes.stream().map(PageSize::name).toList(),
                        null));
    }

    /** The page boxes of the plain PDF: its page is its trim. */
    public PdfExpectations.Boxes plainBoxes() {
        return new PdfExpectations.Boxes(name(), trimWidth().points(), trimHeight().points(), 0, 0);
    }

    /** The page boxes of the printer's master: the trim, the bleed around it and the slug for the marks. */
    public PdfExpectations.Boxes masterBoxes(PrintGeometry geometry) {
        return new PdfExpectations.Boxes(name() + " with " + geometry.bleed().css() + " bleed",
                trimWidth().points(), trimHeight().points(), geometry.layoutBleed().points(), geometry.slug().points());
    }
}
