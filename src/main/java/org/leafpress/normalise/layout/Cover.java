package org.leafpress.normalise.layout;

import java.util.List;
import java.util.Set;
import org.leafpress.normalise.LineJoiner;

/**
 * Where the title is printed: a front cover (a first page with no running text on it, whose
 * largest type is the title and the rest decoration), or else a display line heading the first
 * page, set larger than any heading after it.
 */
record Cover(String title, Set<LayoutLine> lines) {

    static final Cover NONE = new Cover("", Set.of());

    /** A display title is larger than every heading by at least this much. */
    private static final float DISPLAY = 1.2f;

    static Cover of(List<LayoutLine> lines, TypeScale scale, LineJoiner joiner) {
        if (lines.isEmpty()) return NONE;
        int first = lines.get(0).page();
        if (lines.stream().allMatch(l -> l.page() == first)) return displayTitleOf(lines, scale, joiner);
        List<LayoutLine> page = lines.stream().filter(l -> l.page() == first).toList();
        for (int i = 1; i < page.size(); i++) {
            if (scale.isBody(page.get(i - 1)) && scale.isBody(page.get(i))) return displayTitleOf(lines, scale, joiner);
        }
        float largest = (float) page.stream().mapToDouble(LayoutLine::size).max().orElse(0);
        if (largest < scale.body()) return new Cover("", Set.copyOf(page));
        List<String> title = page.stream().filter(l -> l.size() > largest - 0.5f).map(LayoutLine::text).toList();
        return new Cover(joiner.join(title), Set.copyOf(page));
    }

    private static Cover displayTitleOf(List<LayoutLine> lines, TypeScale scale, LineJoiner joiner) {
        LayoutLine top = lines.get(0);
        if (!scale.isHeading(top)) return NONE;
        List<LayoutLine> title = lines.stream().takeWhile(l -> l.page() == top.page() && l.hasStyleOf(top)).toList();
        // With no heading after it to be larger than, it is a heading like any other.
        double nextLargest = lines.stream().skip(title.size()).filter(scale::isHeading)
                .mapToDouble(LayoutLine::size).max().orElse(Double.MAX_VALUE);
        if (top.size() < DISPLAY * nextLargest) return NONE;
        return new Cover(joiner.join(title.stream().map(LayoutLine::text).toList()), Set.copyOf(title));
    }
}
