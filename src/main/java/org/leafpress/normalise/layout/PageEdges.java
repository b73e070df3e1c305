package org.leafpress.normalise.layout;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.leafpress.normalise.PageFurniture;

/**
 * Page furniture found by where it sits: lines at the top or the foot of a page that are page
 * numbers (or other furniture the vocabulary names), or that repeat on most pages once their
 * digits are set aside (running heads and footers). Lines inside the text are never judged here.
 */
final class PageEdges {

    private PageEdges() {}

    static Set<LayoutLine> furnitureOf(List<LayoutLine> lines, PageFurniture furniture) {
        Map<Integer, List<LayoutLine>> byPage = lines.stream().collect(Collectors.groupingBy(LayoutLine::page));
        List<LayoutLine> edges = byPage.values().stream().flatMap(page -> edgesOf(page).stream()).toList();
        Map<String, Set<Integer>> pagesOf = new HashMap<>();
        for (LayoutLine line : edges) pagesOf.computeIfAbsent(masked(line), k -> new HashSet<>()).add(line.page());
        // Half the pages, and never one: a line printed once at a page's edge may be content.
        int most = Math.max(2, (byPage.size() + 1) / 2);
        Set<LayoutLine> out = new HashSet<>();
        for (LayoutLine line : edges) {
            if (furniture.isFurniture(line.text()) || pagesOf.get(masked(line)).size() >= most) out.add(line);
        }
        return out;
    }

    /** The top-most and the bottom-most lines of a page (several, when they share a row). */
    private static List<LayoutLine> edgesOf(List<LayoutLine> page) {
        float top = (float) page.stream().mapToDouble(LayoutLine::y).min().orElse(0);
        float bottom = (float) page.stream().mapToDouble(LayoutLine::y).max().orElse(0);
        return page.stream().filter(l -> Math.abs(l.y() - top) < 1 || Math.abs(l.y() - bottom) < 1).toList();
    }

    /** A running line's words without its page number: "Page 3 of 8" and "Page 4 of 8" are one. */
    private static String masked(LayoutLine line) {
        return line.text().toLowerCase(Locale.ROOT).replaceAll("\\d+", "#").replaceAll("\\s+", " ").strip();
    }
}
