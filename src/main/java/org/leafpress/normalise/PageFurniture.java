package org.leafpress.normalise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that are not content (navigation, logos, alt texts, page numbers), lines that are the
 * imprint, attributions and notes: read from {@code templates/vocabulary/furniture.yaml}.
 */
public final class PageFurniture {

    private static final List<String> IMPRINT_FIELDS = List.of("edition", "date", "copyright", "publisher", "website");

    private final List<Pattern> drop;
    private final List<Pattern> imprint;
    private final List<Pattern> attribution;
    private final List<Pattern> note;
    private final List<Pattern> credit;

    private PageFurniture(List<Pattern> drop, List<Pattern> imprint, List<Pattern> attribution, List<Pattern> note,
            List<Pattern> credit) {
        this.drop = drop;
        this.imprint = imprint;
        this.attribution = attribution;
        this.note = note;
        this.credit = credit;
    }

    public static PageFurniture load(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
            return new PageFurniture(patterns(root.path("drop")), patterns(root.path("imprint")),
                    patterns(root.path("attribution")), patterns(root.path("note")), patterns(root.path("credit")));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the furniture vocabulary", e);
        }
    }

    private static List<Pattern> patterns(JsonNode list) {
        List<Pattern> out = new ArrayList<>();
        for (JsonNode p : list) {
            out.add(Pattern.compile(p.asText(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        return List.copyOf(out);
    }

    /** Whether a whole line is furniture to drop. */
    public boolean isFurniture(String line) {
        return matchesAny(drop, line.strip());
    }

    /** Whether a line credits where the text came from. */
    public boolean isAttribution(String line) {
        return matchesAny(attribution, line.strip());
    }

    /** Whether a line credits a picture ("Diagram: © …"). */
    public boolean isCredit(String line) {
        return matchesAny(credit, line.strip());
    }

    /** Whether a paragraph is a note (a disclaimer). */
    public boolean isNote(String paragraph) {
        return matchesAny(note, paragraph.strip().replaceAll("\\s+", " "));
    }

    /**
     * The imprint fields a line states ({@code edition}, {@code date}, {@code copyright},
     * {@code publisher}, {@code website}); empty when it is not an imprint line.
     */
    public Map<String, String> imprintOf(String line) {
        String s = line.strip();
        for (Pattern p : imprint) {
            Matcher m = p.matcher(s);
            if (m.matches()) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (String field : IMPRINT_FIELDS) {
                    if (p.pattern().contains("?<" + field + ">") && m.group(field) != null) {
                        fields.put(field, m.group(field).strip());
                    }
                }
                return fields;
            }
        }
        return Map.of();
    }

    private static boolean matchesAny(List<Pattern> patterns, String s) {
        for (Pattern p : patterns) {
            if (p.matcher(s).matches()) return true;
        }
        return false;
    }
}
