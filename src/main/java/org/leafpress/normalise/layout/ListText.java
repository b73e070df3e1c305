package org.leafpress.normalise.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leafpress.model.BulletList;
import org.leafpress.model.Provenance;
import org.leafpress.normalise.LineJoiner;

/**
 * A list gathered line by line from a PDF: each item starts at a line that opens with a label (a
 * bullet, a dash, a number) set apart from its text, and goes on in the lines hung under its text.
 */
final class ListText {

    /**
     * A label, then the item's text. A word processor puts a tab stop between them, which the
     * layout reader gives as a tab; a bullet that never starts a sentence may be followed by a
     * space. A dash or a number followed only by a space is running text ("– that is, ...").
     */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:[\u2022\u25e6\u25aa\u25ab\u2023\u2043\u25cf\u25cb\u25a0\u2013\u2014\u00b7*-]|\\d{1,2}[.)]|[a-z][.)])\t\\s*(\\S.*)$"
            + "|^[\u2022\u25e6\u25aa\u2023\u2043\u25cf\u25a0]\\s+(\\S.*)$");
    /** A number and a space: a list item only on a line indented from the column's edge, where running text never starts. */
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,2}[.)]\\s+(\\S.*)$");
    /** A line hangs under an item when it starts this share of the body size right of the label. */
    private static final float HANGING = 0.5f;

    private final int page;
    private final LineJoiner joiner;
    private final List<List<String>> items = new ArrayList<>();
    private float labelX;

    ListText(int page, LineJoiner joiner) {
        this.page = page;
        this.joiner = joiner;
    }

    /** The text of a line after its list label, when it opens with one; {@code indented}: the line starts inside its column. */
    static Optional<String> itemTextOf(LayoutLine line, boolean indented) {
        Matcher m = LABEL.matcher(line.text());
        if (m.matches()) return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
        Matcher number = NUMBER.matcher(line.text());
        return indented && number.matches() ? Optional.of(number.group(1)) : Optional.empty();
    }

    /** Starts an item at a line that opens with a label; {@code text} is what follows the label. */
    void startItem(LayoutLine line, String text) {
        items.add(new ArrayList<>(List.of(text)));
        labelX = line.x();
    }

    /** Whether a line with no label of its own hangs under the current item's text. */
    boolean hangsUnder(LayoutLine line, TypeScale scale) {
        return !items.isEmpty() && line.x() > labelX + HANGING * scale.body()
                && line.gapAbove() <= scale.paragraphGap();
    }

    /** Adds a line to the current item, or its text after the label a tagged tree strips no label from. */
    void add(String text) {
        items.get(items.size() - 1).add(text);
    }

    int page() {
        return page;
    }

    BulletList toList() {
        return new BulletList(items.stream().map(joiner::join).toList(), Provenance.page(page));
    }
}
