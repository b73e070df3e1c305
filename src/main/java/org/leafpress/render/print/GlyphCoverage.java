package org.leafpress.render.print;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leafpress.model.Block;
import org.leafpress.model.BulletList;
import org.leafpress.model.Figure;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Section;
import org.leafpress.render.LocalStrings;
import org.leafpress.render.Publication;
import org.leafpress.render.check.PrintFinding;

/**
 * The check that every character a leaflet prints has a glyph in every face of the bundled font:
 * a character the font lacks would otherwise come out as nothing, or as a box or {@code #}, with
 * no one told. Each missing character is reported once, by its code point and Unicode name, the
 * face that lacks it, and the first place in the model (or UI strings) it occurs.
 */
final class GlyphCoverage {

    static final String CHECK = "glyphs";

    private record Face(String name, Path file, BaseFont font) {}

    private final List<Face> faces;
    private final NoBreakSpaces noBreakSpaces;

    private GlyphCoverage(List<Face> faces, NoBreakSpaces noBreakSpaces) {
        this.faces = faces;
        this.noBreakSpaces = noBreakSpaces;
    }

    static GlyphCoverage of(List<Path> fonts, NoBreakSpaces noBreakSpaces) {
        List<Face> faces = new ArrayList<>();
        for (Path font : fonts) {
            String file = font.getFileName().toString();
            faces.add(new Face(file.substring(0, file.lastIndexOf('.')), font, NoBreakSpaces.load(font)));
        }
        return new GlyphCoverage(List.copyOf(faces), noBreakSpaces);
    }

    /** A finding for each character of {@code publication} or {@code ui} some face cannot print. */
    List<PrintFinding> check(Publication publication, LocalStrings ui) {
        Map<Integer, PrintFinding> missing = new LinkedHashMap<>();
        Leaflet l = publication.leaflet();
        scan("the title", l.title(), missing);
        scan("the publisher", l.publisher(), missing);
        scan("the edition label", l.edition().label(), missing);
        scan("the copyright line", l.copyright(), missing);
        scan("the attribution", l.attribution(), missing);
        for (int i = 0; i < publication.partners().size(); i++) {
            scan("partner " + (i + 1), publication.partners().get(i), missing);
        }
        for (Section section : l.sections()) {
            String in = "section '" + section.key().value() + "'"
                    + (section.heading().isBlank() ? "" : " (" + section.heading().strip() + ")");
            scan(in + ", heading", section.heading(), missing);
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Block block : section.blocks()) scanBlock(in, block, counts, missing);
        }
        ui.values().forEach((key, value) -> scan("UI string '" + key + "' (" + ui.language() + ")", value, missing));
        return List.copyOf(missing.values());
    }

    private void scanBlock(String in, Block block, Map<String, Integer> counts, Map<Integer, PrintFinding> missing) {
        if (block instanceof Paragraph p) {
            scan(in + ", paragraph " + next(counts, "paragraph"), p.text(), missing);
        } else if (block instanceof BulletList list) {
            int n = next(counts, "list");
            for (int i = 0; i < list.items().size(); i++) {
                scan(in + ", list " + n + " item " + (i + 1), list.items().get(i), missing);
            }
        } else if (block instanceof GlossaryTerm t) {
            String where = in + ", glossary term " + next(counts, "term");
            scan(where, t.term(), missing);
            scan(where + " (" + t.term().strip() + "), its definition", t.definition(), missing);
        } else if (block instanceof Figure f) {
            int n = next(counts, "figure");
            scan(in + ", figure " + n + " caption", f.caption(), missing);
            scan(in + ", figure " + n + " credit", f.credit(), missing);
        } else if (block instanceof Note note) {
            scan(in + ", note " + next(counts, "note"), note.text(), missing);
        }
    }

    private static int next(Map<String, Integer> counts, String kind) {
        return counts.merge(kind, 1, Integer::sum);
    }

    private void scan(String where, String text, Map<Integer, PrintFinding> missing) {
        if (text == null) return;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!missing.containsKey(c) && isPrinted(c)) {
                int printed = noBreakSpaces.printed(c);
                for (Face face : faces) {
                    if (!face.font().charExists(printed)) {
                        missing.put(c, new PrintFinding(CHECK, where, describe(c, face) + "; it is in \""
                                + context(text, i) + "\". Add a font that has it to templates/fonts/, or"
                                + " write the text without it"));
                        break;
                    }
                }
            }
            i += Character.charCount(c);
        }
    }

    /** Line breaks, tabs and invisible format characters are laid out, not printed. */
    private static boolean isPrinted(int c) {
        int type = Character.getType(c);
        return c != ' ' && type != Character.CONTROL && type != Character.FORMAT;
    }

    private static String describe(int c, Face face) {
        String name = Character.getName(c);
        return "'" + new String(Character.toChars(c)) + "' (U+" + String.format(Locale.ROOT, "%04X", c)
                + (name == null ? "" : " " + name) + ") has no glyph in " + face.name()
                + " (templates/fonts/" + face.file().getFileName() + ")";
    }

    private static String context(String text, int at) {
        int from = Math.max(0, at - 24);
        int to = Math.min(text.length(), at + 24);
        while (from > 0 && Character.isLowSurrogate(text.charAt(from))) from--;
        while (to < text.length() && Character.isLowSurrogate(text.charAt(to))) to++;
        return (from > 0 ? "…" : "") + text.substring(from, to).replaceAll("\\s+", " ") + (to < text.length() ? "…" : "");
    }
}
