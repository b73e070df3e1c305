package org.leafpress.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Finds the line segments of a page: glyphs grouped by baseline, cut where a gap is as wide as a gutter. */
final class PageSegments {

    /** A gap this many times the type size is a gutter, a tab stop or a leader, never a word space. */
    private static final float GUTTER_IN_EMS = 1.0f;

    /** Baselines closer than this share a row; superscripts stray less, the next line far more. */
    private static final float SAME_ROW_IN_EMS = 0.3f;

    private PageSegments() {}

    static List<LineSegment> segmentsOf(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparing(Glyph::baseline).thenComparing(Glyph::x));
        List<LineSegment> segments = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        for (Glyph g : sorted) {
            if (!row.isEmpty() && g.baseline() - row.get(0).baseline() > SAME_ROW_IN_EMS * g.size()) {
                segments.addAll(cut(row));
                row.clear();
            }
            row.add(g);
        }
        if (!row.isEmpty()) segments.addAll(cut(row));
        segments.removeIf(s -> s.glyphs().stream().allMatch(Glyph::isSpace));
        return segments;
    }

    /** One row of glyphs, left to right, cut at each gutter-wide gap. */
    private static List<LineSegment> cut(List<Glyph> row) {
        List<Glyph> glyphs = new ArrayList<>(row);
        glyphs.sort(Comparator.comparing(Glyph::x));
        List<LineSegment> out = new ArrayList<>();
        List<Glyph> current = new ArrayList<>();
        float end = Float.NEGATIVE_INFINITY;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                // Spaces are kept for word breaks but never decide where text ends.
                if (!current.isEmpty()) current.add(g);
                continue;
            }
            if (!current.isEmpty() && g.x() - end > GUTTER_IN_EMS * g.size()) {
                out.add(new LineSegment(trimmed(current)));
                current = new ArrayList<>();
            }
            current.add(g);
            end = Math.max(end, g.endX());
        }
        if (!current.isEmpty()) out.add(new LineSegment(trimmed(current)));
        return out;
    }

    private static List<Glyph> trimmed(List<Glyph> glyphs) {
        int last = glyphs.size();
        while (last > 0 && glyphs.get(last - 1).isSpace()) last--;
        return glyphs.subList(0, last);
    }
}
