package org.leafpress.normalise;

import java.util.List;
import java.util.Set;

/**
 * The front cover: a first page with no running text on it (no two body lines in a row). Its
 * largest type is the leaflet's title; the rest of it is decoration.
 */
record Cover(String title, Set<LayoutLine> lines) {

    static final Cover NONE = new Cover("", Set.of());

    static Cover of(List<LayoutLine> lines, TypeScale scale, LineJoiner joiner) {
        if (lines.isEmpty()) return NONE;
        int first = lines.get(0).page();
        if (lines.stream().allMatch(l -> l.page() == first)) return NONE;
        List<LayoutLine> page = lines.stream().filter(l -> l.page() == first).toList();
        for (int i = 1; i < page.size(); i++) {
            if (scale.isBody(page.get(i - 1)) && scale.isBody(page.get(i))) return NONE;
        }
        float largest = (float) page.stream().mapToDouble(LayoutLine::size).max().orElse(0);
        if (largest < scale.body()) return new Cover("", Set.copyOf(page));
        List<String> title = page.stream().filter(l -> l.size() > largest - 0.5f).map(LayoutLine::text).toList();
        return new Cover(joiner.join(title), Set.copyOf(page));
    }
}
