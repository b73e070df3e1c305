package org.leafpress.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The document's normal leading, as a multiple of the type size, and the extra space a line has
 * above it beyond that: the space a designer puts between paragraphs and before headings.
 */
final class LineSpacing {

    /** Word processors set 1.2 times the size when nothing else is known. */
    private static final float USUAL_LEADING = 1.2f;

    private final float leading;

    private LineSpacing(float leading) {
        this.leading = leading;
    }

    /** The most common baseline-to-baseline distance between lines of one size, over every page. */
    static LineSpacing of(List<List<PlacedLine>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<PlacedLine> page : pages) {
            for (PlacedLine line : page) {
                lineAbove(line, page).filter(above -> Math.abs(above.size() - line.size()) < 0.1f)
                        .ifPresent(above -> counts.merge(
                                Math.round(50 * (line.baseline() - above.baseline()) / line.size()), 1, Integer::sum));
            }
        }
        return new LineSpacing(counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(e -> e.getKey() / 50f).orElse(USUAL_LEADING));
    }

    /** Points of space above {@code line} beyond normal leading; 0 at the top of its column. */
    float gapAbove(PlacedLine line, List<PlacedLine> page) {
        return lineAbove(line, page)
                .map(above -> Math.max(0, line.baseline() - above.baseline() - leading * line.size()))
                .orElse(0f);
    }

    /**
     * The nearest line above in the same column, or above it and sharing some of its width: the
     * line before it in its column. Sharing width alone is not enough: a short term above
     * a definition set with a hanging indent shares none of it.
     */
    static Optional<PlacedLine> lineAbove(PlacedLine line, List<PlacedLine> page) {
        PlacedLine best = null;
        for (PlacedLine other : page) {
            boolean above = other.baseline() < line.baseline() - 0.3f * line.size();
            boolean overlaps = other.x() < line.endX() && line.x() < other.endX();
            boolean sameColumn = other.column() == line.column();
            if (above && (overlaps || sameColumn) && (best == null || other.baseline() > best.baseline())) best = other;
        }
        return Optional.ofNullable(best);
    }
}
