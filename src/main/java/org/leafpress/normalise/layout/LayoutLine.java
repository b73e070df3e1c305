package org.leafpress.normalise.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.leafpress.extract.TextLine;
import org.leafpress.model.Provenance;

/**
 * One printed line of a PDF page, its runs put back together (a PDF layout reader gives one TextLine
 * a run), with what a tagged PDF's structure tree says of it: its role and block (0 when untagged).
 */
public record LayoutLine(int page, int number, int column, float x, float y, float size, float gapAbove, List<Run> runs,
        TextLine.Role role, int block) {

    /** A stretch of the line in one face. */
    public record Run(String text, boolean bold, boolean italic) {

        /** A run in a roman face. */
        Run(String text, boolean bold) {
            this(text, bold, false);
        }

        /** The same face, other words. */
        Run withText(String other) {
            return new Run(other, bold, italic);
        }

        boolean hasFaceOf(Run other) {
            return bold == other.bold && italic == other.italic;
        }
    }

    public LayoutLine {
        runs = List.copyOf(runs);
    }

    /** A line of an untagged PDF. */
    LayoutLine(int page, int number, int column, float x, float y, float size, float gapAbove, List<Run> runs) {
        this(page, number, column, x, y, size, gapAbove, runs, TextLine.Role.UNKNOWN, 0);
    }

    /** The lines of a layout document: consecutive TextLines of one page and line number are one line. */
    public static List<LayoutLine> linesOf(List<TextLine> textLines) {
        List<LayoutLine> lines = new ArrayList<>();
        List<TextLine> parts = new ArrayList<>();
        for (TextLine t : textLines) {
            if (!parts.isEmpty() && (t.page() != parts.get(0).page() || t.number() != parts.get(0).number())) {
                lines.add(of(parts));
                parts.clear();
            }
            parts.add(t);
        }
        if (!parts.isEmpty()) lines.add(of(parts));
        lines.removeIf(l -> l.text().isBlank());
        return lines;
    }

    private static LayoutLine of(List<TextLine> parts) {
        TextLine first = parts.get(0);
        Map<Float, Integer> sizes = new HashMap<>();
        List<Run> runs = new ArrayList<>();
        for (TextLine t : parts) {
            sizes.merge(t.fontSize(), t.text().strip().length(), Integer::sum);
            runs.add(new Run(t.text(), t.bold(), t.italic()));
        }
        float size = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
        return new LayoutLine(first.page(), first.number(), first.column(), first.x(), first.y(), size,
                first.gapAbove(), runs, first.role(), first.block());
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        for (Run r : runs) text.append(r.text());
        return text.toString().strip();
    }

    /** Every word of the line is bold. */
    boolean isBold() {
        return runs.stream().filter(r -> !r.text().isBlank()).allMatch(Run::bold);
    }

    /** Set in the same size and weight as {@code other}. */
    boolean hasStyleOf(LayoutLine other) {
        return Math.abs(size - other.size) < 0.25f && isBold() == other.isBold();
    }

    /** Comes before {@code other} in reading order. */
    boolean isBefore(LayoutLine other) {
        return page < other.page || page == other.page && number < other.number;
    }

    /** Whether a structure tree marks the block this line belongs to. */
    public boolean isTagged() {
        return block > 0;
    }

    /** Whether the structure tree calls this line (part of) a heading. */
    boolean isTaggedHeading() {
        return role == TextLine.Role.HEADING_1 || role == TextLine.Role.HEADING_2 || role == TextLine.Role.HEADING_3;
    }

    String where() {
        return Provenance.page(page).describe();
    }
}
