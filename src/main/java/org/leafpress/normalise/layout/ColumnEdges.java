package org.leafpress.normalise.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where each column's running text starts, page by page: the x most body lines start at. A line
 * that starts well inside it is centred or indented, as captions under a picture are.
 */
final class ColumnEdges {

    /** Indented by more than this share of the body size (ragged text and kerning stay well below). */
    private static final float INDENT = 0.5f;

    /** A first-line indent is one the document uses this often; a centred line's offset is never the same twice. */
    private static final int FIRST_LINE_INDENT_USES = 3;

    private final Map<String, Float> edges;
    private final Map<Integer, Float> edgesByColumn;
    private final float body;
    private Optional<Float> firstLineIndent = Optional.empty();

    private ColumnEdges(Map<String, Float> edges, Map<Integer, Float> edgesByColumn, float body) {
        this.edges = edges;
        this.edgesByColumn = edgesByColumn;
        this.body = body;
    }

    static ColumnEdges of(List<LayoutLine> lines, TypeScale scale) {
        List<LayoutLine> body = lines.stream().filter(scale::isBody).toList();
        Map<String, Float> edges = new HashMap<>();
        Map<String, List<LayoutLine>> byColumn = new HashMap<>();
        for (LayoutLine l : body) byColumn.computeIfAbsent(l.page() + "/" + l.column(), k -> new ArrayList<>()).add(l);
        byColumn.forEach((k, v) -> mostCommonX(v).ifPresent(x -> edges.put(k, x)));
        Map<Integer, Float> edgesByColumn = new HashMap<>();
        for (int column : List.of(0, 1)) {
            mostCommonX(body.stream().filter(l -> l.column() == column).toList())
                    .ifPresent(x -> edgesByColumn.put(column, x));
        }
        ColumnEdges columns = new ColumnEdges(edges, edgesByColumn, scale.body());
        columns.firstLineIndent = columns.firstLineIndentOf(body);
        return columns;
    }

    /**
     * Whether a line is the first of a paragraph set with a first-line indent and no space above:
     * it starts at the document's usual indent, and the line above it at the column's edge.
     */
    boolean isFirstLineIndent(LayoutLine line, LayoutLine above) {
        if (firstLineIndent.isEmpty() || above == null || above.page() != line.page()
                || above.column() != line.column() || isIndented(above)) {
            return false;
        }
        return Math.abs(indentOf(line) - firstLineIndent.get()) < 1;
    }

    /** The indent most body lines that follow a line at the column's edge start at, if the document uses one often. */
    private Optional<Float> firstLineIndentOf(List<LayoutLine> body) {
        Map<Float, Integer> counts = new HashMap<>();
        for (int i = 1; i < body.size(); i++) {
            LayoutLine above = body.get(i - 1);
            LayoutLine line = body.get(i);
            if (above.page() == line.page() && above.column() == line.column() && !isIndented(above) && isIndented(line)) {
                counts.merge((float) Math.round(indentOf(line)), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= FIRST_LINE_INDENT_USES)
                .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    private float indentOf(LayoutLine line) {
        Float edge = edges.getOrDefault(line.page() + "/" + line.column(), edgesByColumn.get(line.column()));
        return edge == null ? 0 : line.x() - edge;
    }

    /** Whether the line starts well to the right of its column's edge. */
    boolean isIndented(LayoutLine line) {
        Float edge = edges.getOrDefault(line.page() + "/" + line.column(), edgesByColumn.get(line.column()));
        return edge != null && line.x() - edge > INDENT * body;
    }

    private static Optional<Float> mostCommonX(List<LayoutLine> lines) {
        Map<Float, Integer> counts = new HashMap<>();
        for (LayoutLine l : lines) counts.merge((float) Math.round(l.x()), 1, Integer::sum);
        // On a tie the leftmost x wins: the edge, not an indent.
        return counts.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(e -> -e.getKey()))
                .map(Map.Entry::getKey);
    }
}
