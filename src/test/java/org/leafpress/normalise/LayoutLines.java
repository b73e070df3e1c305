package org.leafpress.normalise;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.TextLine;
import org.leafpress.model.SourceRef;

/** The lines a PDF layout reader would give for a made-up two-column A5 leaflet, written page by page. */
final class LayoutLines {

    static final float BODY = 10;
    private static final float LEADING = 12;

    private final List<TextLine> lines = new ArrayList<>();
    private int page;
    private int number;
    private int column;
    private float y;

    LayoutLines page() {
        page++;
        number = 0;
        return column(0);
    }

    LayoutLines column(int c) {
        column = c;
        y = 50;
        return this;
    }

    LayoutLines cover(String title) {
        return add(title, 28, true, 40, 0);
    }

    LayoutLines heading(String... text) {
        for (int i = 0; i < text.length; i++) add(text[i], 13, true, edge(), i == 0 && y > 50 ? 14 : 0);
        return this;
    }

    /** A paragraph: space above its first line, none above the others. */
    LayoutLines paragraph(String... text) {
        for (int i = 0; i < text.length; i++) add(text[i], BODY, false, edge(), i == 0 && y > 50 ? 6 : 0);
        return this;
    }

    /** A paragraph whose first line starts with a bold run. */
    LayoutLines term(String term, String definition, String... more) {
        number++;
        float gap = y > 50 ? 6 : 0;
        lines.add(new TextLine(term, page, number, BODY, true, false, edge(), y, column, gap, TextLine.Role.UNKNOWN));
        lines.add(new TextLine(" " + definition, page, number, BODY, false, false, edge(), y, column, gap,
                TextLine.Role.UNKNOWN));
        y += LEADING + gap;
        for (String line : more) add(line, BODY, false, edge(), 0);
        return this;
    }

    LayoutLines smallPrint(float indent, float size, boolean bold, String text) {
        return add(text, size, bold, edge() + indent, 2);
    }

    LayoutLines contents(String title, int pageNumber) {
        return add(title + "\t" + pageNumber, 10.5f, false, edge(), 8);
    }

    LayoutLines footer(String text) {
        number++;
        lines.add(new TextLine(text, page, number, 9, true, false, edge(), 560, column, 40, TextLine.Role.UNKNOWN));
        return this;
    }

    ExtractedDocument document() {
        return new ExtractedDocument(Path.of("made-up.pdf"), new SourceRef("made-up.pdf", "application/pdf", ""),
                ExtractedDocument.Kind.PDF_LAYOUT, lines, Map.of(), List.of());
    }

    private float edge() {
        return column == 0 ? 40 : 220;
    }

    private LayoutLines add(String text, float size, boolean bold, float x, float gap) {
        number++;
        lines.add(new TextLine(text, page, number, size, bold, false, x, y, column, gap, TextLine.Role.UNKNOWN));
        y += LEADING + gap;
        return this;
    }
}
