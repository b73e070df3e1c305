package org.leafpress.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A paper size a leaflet is printed at, from {@code templates/print/page-sizes.yaml}: its CSS
 * lengths, the size of running text, the multiple its page count is padded to, how many writing
 * lines a Notes page gets, and how tall the cover's content is.
 */
public record PageSize(String name, String width, String height, String bodyText, int pageMultiple,
        int notesLines, String coverHeight) {

    public PageSize {
        pageMultiple = Math.max(1, pageMultiple);
        notesLines = Math.max(0, notesLines);
    }

    /** How many pages to add to {@code pages} to reach the next multiple. */
    public int paddingFor(int pages) {
        int rest = pages % pageMultiple;
        return rest == 0 ? 0 : pageMultiple - rest;
    }

    /** Every size in {@code file}, the default first. */
    public static List<PageSize> readAll(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            List<PageSize> sizes = new ArrayList<>();
            for (JsonNode size : root.path("sizes")) {
                sizes.add(new PageSize(size.path("name").asText(), size.path("width").asText(),
                        size.path("height").asText(), size.path("body").asText("10pt"),
                        size.path("page-multiple").asInt(1), size.path("notes-lines").asInt(20),
                        size.path("cover-height").asText("180mm")));
            }
            if (sizes.isEmpty()) throw new IOException("it lists no sizes under 'sizes:'");
            return List.copyOf(sizes);
        } catch (IOException e) {
            throw new RenderException(file.toString(), "the page sizes cannot be read: " + e.getMessage(), e);
        }
    }

    /** The size called {@code name} (case-insensitive) in {@code file}. */
    public static PageSize named(String name, Path file) {
        return readAll(file).stream()
                .filter(s -> s.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new RenderException(file.toString(), "no page size called '" + name
                        + "'; add it to the file or pick one of " + readAll(file).stream().map(PageSize::name).toList(),
                        null));
    }
}
