package org.leafpress.normalise.layout;

import java.util.List;
import org.leafpress.model.Figure;
import org.leafpress.model.Provenance;
import org.leafpress.normalise.LineJoiner;

/** The words printed with a picture: a caption, then a credit set in another style below it. */
final class FigureText {

    private FigureText() {}

    /** The caption is the lines in the first line's style; whatever follows in another style is the credit. */
    static Figure figureOf(List<LayoutLine> lines, LineJoiner joiner) {
        int split = 1;
        while (split < lines.size() && lines.get(split).hasStyleOf(lines.get(0))) split++;
        return new Figure(joiner.join(textsOf(lines.subList(0, split))),
                joiner.join(textsOf(lines.subList(split, lines.size()))), Provenance.page(lines.get(0).page()));
    }

    private static List<String> textsOf(List<LayoutLine> lines) {
        return lines.stream().map(LayoutLine::text).toList();
    }
}
