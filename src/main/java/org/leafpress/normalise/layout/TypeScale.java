package org.leafpress.normalise.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The document's body size (the size most of its characters are set in) and what other sizes
 * mean next to it: headings are larger, captions, credits and imprints smaller.
 */
public record TypeScale(float body) {

    /** Headings are set at least this much larger than the body (one step of a type scale: 10 to 11, 11 to 12)... */
    private static final float HEADING = 1.08f;
    /** ...and in bold, unless they are this much larger (a display face needs no weight). */
    private static final float DISPLAY = 1.4f;
    /** Small print is at least this much smaller than the body. */
    private static final float SMALL = 0.95f;
    /** Extra space above a line beyond this share of the body size starts a new paragraph. */
    private static final float PARAGRAPH_GAP = 0.3f;

    public static TypeScale of(List<LayoutLine> lines) {
        Map<Float, Integer> characters = new HashMap<>();
        for (LayoutLine line : lines) {
            characters.merge(Math.round(line.size() * 2) / 2f, line.text().length(), Integer::sum);
        }
        return new TypeScale(characters.entrySet().stream().max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey).orElse(10f));
    }

    boolean isHeading(LayoutLine line) {
        return line.size() >= HEADING * body && (line.isBold() || line.size() >= DISPLAY * body);
    }

    boolean isSmallPrint(LayoutLine line) {
        return line.size() <= SMALL * body;
    }

    /** Neither a heading nor small print: running text. */
    boolean isBody(LayoutLine line) {
        return !isHeading(line) && !isSmallPrint(line);
    }

    float paragraphGap() {
        return PARAGRAPH_GAP * body;
    }

    /** Sizes that differ by less than a twentieth of the body are one size (10 and 10.3 are; 10 and 11 are not). */
    boolean sameSize(LayoutLine a, LayoutLine b) {
        return Math.abs(a.size() - b.size()) < 0.05f * body;
    }
}
