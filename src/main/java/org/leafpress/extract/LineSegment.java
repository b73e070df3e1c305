package org.leafpress.extract;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Glyphs on one baseline with no gap between them as wide as a column gutter: a line, or one column's part of it. */
final class LineSegment {

    private final List<Glyph> glyphs;
    private final float x;
    private final float endX;
    private final float baseline;
    private final float size;

    LineSegment(List<Glyph> glyphs) {
        this.glyphs = List.copyOf(glyphs);
        this.x = (float) glyphs.stream().mapToDouble(Glyph::x).min().orElse(0);
        this.endX = (float) glyphs.stream().filter(g -> !g.isSpace()).mapToDouble(Glyph::endX).max().orElse(x);
        this.baseline = glyphs.stream().map(Glyph::baseline).sorted().toList().get(glyphs.size() / 2);
        this.size = dominantSize(glyphs);
    }

    /** The size most of the glyphs are set in (a footnote mark does not make a line small). */
    static float dominantSize(List<Glyph> glyphs) {
        Map<Float, Integer> counts = new HashMap<>();
        for (Glyph g : glyphs) {
            if (!g.isSpace()) counts.merge(Math.round(g.size() * 10) / 10f, 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).orElse(0f);
    }

    List<Glyph> glyphs() {
        return glyphs;
    }

    float x() {
        return x;
    }

    float endX() {
        return endX;
    }

    float width() {
        return endX - x;
    }

    float baseline() {
        return baseline;
    }

    float size() {
        return size;
    }

    float top() {
        return baseline - (float) glyphs.stream().mapToDouble(Glyph::ascent).max().orElse(size);
    }

    static final Comparator<LineSegment> READING = Comparator.comparing(LineSegment::baseline)
            .thenComparing(LineSegment::x);
}
