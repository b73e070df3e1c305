package org.leafpress.extract;

import java.util.ArrayList;
import java.util.List;

/** One printed line in reading order: the segments of one row within one column, left to right. */
record PlacedLine(int column, List<LineSegment> segments) {

    /** A word gap is wider than this share of a space; narrower gaps are kerning. */
    private static final float WORD_GAP_IN_SPACES = 0.35f;

    PlacedLine {
        segments = List.copyOf(segments);
    }

    float x() {
        return segments.get(0).x();
    }

    float endX() {
        return segments.get(segments.size() - 1).endX();
    }

    float baseline() {
        return segments.get(0).baseline();
    }

    float top() {
        return (float) segments.stream().mapToDouble(LineSegment::top).min().orElse(baseline());
    }

    List<Glyph> glyphs() {
        return segments.stream().flatMap(s -> s.glyphs().stream()).toList();
    }

    float size() {
        return LineSegment.dominantSize(segments.stream().flatMap(s -> s.glyphs().stream()).toList());
    }

    /**
     * The line's text cut where the face changes. The white space before a run starts the run (a
     * tab where a gutter-wide gap was), so the runs put end to end give the line back.
     */
    List<StyledRun> runs() {
        List<StyledRun> runs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Glyph> glyphs = new ArrayList<>();
        String pendingSpace = "";
        Glyph previous = null;
        for (LineSegment segment : segments) {
            if (previous != null) pendingSpace = "\t";
            for (Glyph g : segment.glyphs()) {
                if (g.isSpace()) {
                    if (previous != null && pendingSpace.isEmpty()) pendingSpace = " ";
                    continue;
                }
                if (previous != null && pendingSpace.isEmpty()
                        && g.x() - previous.endX() > WORD_GAP_IN_SPACES * previous.spaceWidth()) {
                    pendingSpace = " ";
                }
                if (previous != null && !g.face().equals(previous.face())) {
                    runs.add(StyledRun.of(text.toString(), glyphs));
                    text.setLength(0);
                    glyphs = new ArrayList<>();
                }
                text.append(pendingSpace).append(g.text());
                glyphs.add(g);
                pendingSpace = "";
                previous = g;
            }
        }
        if (!glyphs.isEmpty()) runs.add(StyledRun.of(text.toString(), glyphs));
        return runs;
    }

    /** A stretch of a line in one face. */
    record StyledRun(String text, float size, FontFace face) {

        static StyledRun of(String text, List<Glyph> glyphs) {
            return new StyledRun(text, LineSegment.dominantSize(glyphs), glyphs.get(0).face());
        }
    }
}
