package org.leafpress.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts a page's line segments in reading order. A page has two columns when many segments start
 * at one x near the middle of the text area, and the segments left of it end before it; then each
 * band between full-width lines is read left column first, then right.
 */
final class ColumnReader {

    /** Segments starting within this many points of each other start at the same edge. */
    private static final float SAME_EDGE = 2f;

    /** A column needs at least this many lines; fewer is a stray note or a page number. */
    private static final int MIN_LINES = 3;

    /** Lines of a real column fill a good part of it; page numbers and leaders do not. */
    private static final float MIN_FILL = 0.4f;

    private ColumnReader() {}

    /** The page's lines in reading order: segments of one row and one column joined into one line. */
    static List<PlacedLine> linesOf(List<LineSegment> segments) {
        if (segments.isEmpty()) return List.of();
        Optional<Float> boundary = columnBoundary(segments);
        List<LineSegment> spanning = new ArrayList<>();
        List<LineSegment> left = new ArrayList<>();
        List<LineSegment> right = new ArrayList<>();
        for (LineSegment s : segments) {
            if (boundary.isEmpty() || s.endX() <= boundary.get()) left.add(s);
            else if (s.x() >= boundary.get() - SAME_EDGE) right.add(s);
            else spanning.add(s);
        }
        spanning.sort(LineSegment.READING);
        List<PlacedLine> lines = new ArrayList<>();
        float bandTop = Float.NEGATIVE_INFINITY;
        for (LineSegment wide : spanning) {
            lines.addAll(band(left, right, bandTop, wide.baseline()));
            lines.add(new PlacedLine(0, List.of(wide)));
            bandTop = wide.baseline();
        }
        lines.addAll(band(left, right, bandTop, Float.POSITIVE_INFINITY));
        return lines;
    }

    /** Between two full-width lines: the left column, then the right. */
    private static List<PlacedLine> band(List<LineSegment> left, List<LineSegment> right, float top, float bottom) {
        List<PlacedLine> lines = new ArrayList<>(rows(0, left, top, bottom));
        lines.addAll(rows(1, right, top, bottom));
        return lines;
    }

    private static List<PlacedLine> rows(int column, List<LineSegment> segments, float top, float bottom) {
        List<LineSegment> inBand = segments.stream()
                .filter(s -> s.baseline() > top && s.baseline() < bottom)
                .sorted(LineSegment.READING).toList();
        List<PlacedLine> rows = new ArrayList<>();
        List<LineSegment> row = new ArrayList<>();
        for (LineSegment s : inBand) {
            if (!row.isEmpty() && s.baseline() - row.get(0).baseline() > 0.3f * s.size()) {
                rows.add(new PlacedLine(column, row));
                row = new ArrayList<>();
            }
            row.add(s);
        }
        if (!row.isEmpty()) rows.add(new PlacedLine(column, row));
        return rows;
    }

    /** The x where a right column starts, when the page has two columns. */
    static Optional<Float> columnBoundary(List<LineSegment> segments) {
        float textLeft = (float) segments.stream().mapToDouble(LineSegment::x).min().orElse(0);
        float textRight = (float) segments.stream().mapToDouble(LineSegment::endX).max().orElse(0);
        float width = textRight - textLeft;
        Float best = null;
        long bestCount = 0;
        for (LineSegment candidate : segments) {
            float edge = candidate.x();
            // A gutter sits in the middle half of the text area; a column of page numbers at the right does not count.
            if (edge < textLeft + width / 4 || edge > textRight - width / 4) continue;
            List<LineSegment> starting = segments.stream().filter(s -> Math.abs(s.x() - edge) <= SAME_EDGE).toList();
            List<LineSegment> before = segments.stream().filter(s -> s.endX() < edge).toList();
            if (starting.size() < MIN_LINES || before.size() < MIN_LINES || starting.size() <= bestCount) continue;
            if (medianWidth(starting) < MIN_FILL * (textRight - edge)) continue;
            if (medianWidth(before) < MIN_FILL * (edge - textLeft)) continue;
            best = (float) starting.stream().mapToDouble(LineSegment::x).min().orElse(edge);
            bestCount = starting.size();
        }
        return Optional.ofNullable(best);
    }

    private static float medianWidth(List<LineSegment> segments) {
        List<Float> widths = segments.stream().map(LineSegment::width).sorted(Comparator.naturalOrder()).toList();
        return widths.get(widths.size() / 2);
    }
}
