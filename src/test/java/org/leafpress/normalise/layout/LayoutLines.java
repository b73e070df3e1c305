package org.leafpress.normalise.layout;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.TextLine;
import org.leafpress.model.SourceRef;

/**
 * The lines a PDF layout reader would give for a made-up two-column A5 leaflet, written page by
 * page; {@link #tagged()} gives them the structure blocks a tagged PDF's tree would.
 */
final class LayoutLines {

    /** How the made-up PDF is tagged. */
    enum Tagging { NONE, BY_BLOCK, EVERY_LINE }

    static final float BODY = 10;
    private static final float LEADING = 12;

    private final List<TextLine> lines = new ArrayList<>();
    private int page;
    private int number;
    private int column;
    private float y;
    private Tagging tagging = Tagging.NONE;
    private int block;
    private TextLine.Role role = TextLine.Role.UNKNOWN;

    /** Tags each heading, paragraph and piece of small print as one block of a structure tree. */
    LayoutLines tagged() {
        tagging = Tagging.BY_BLOCK;
        return this;
    }

    /** Tags every line as a paragraph of its own, as a careless tagger does. */
    LayoutLines taggedLineByLine() {
        tagging = Tagging.EVERY_LINE;
        return this;
    }

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
        open(TextLine.Role.HEADING_2);
        for (int i = 0; i < text.length; i++) add(text[i], 13, true, edge(), i == 0 && y > 50 ? 14 : 0);
        return this;
    }

    /** A heading set in bold at the text's own size, as a minor heading often is. */
    LayoutLines boldLine(TextLine.Role tag, String text) {
        open(tag);
        return add(text, BODY, true, edge(), y > 50 ? 6 : 0);
    }

    /** A paragraph: space above its first line, none above the others. */
    LayoutLines paragraph(String... text) {
        open(TextLine.Role.PARAGRAPH);
        for (int i = 0; i < text.length; i++) add(text[i], BODY, false, edge(), i == 0 && y > 50 ? 6 : 0);
        return this;
    }

    /** A list item: a bullet, a tab, its text; the lines after the first hang under the text. */
    LayoutLines item(String first, String... hanging) {
        open(TextLine.Role.LIST_ITEM);
        add("\u2022\t" + first, BODY, false, edge() + 8, 2);
        for (String line : hanging) add(line, BODY, false, edge() + 20, 0);
        return this;
    }

    /** A paragraph indented from the column's edge, as a definition under its term is. */
    LayoutLines indented(String... text) {
        open(TextLine.Role.PARAGRAPH);
        for (int i = 0; i < text.length; i++) add(text[i], BODY, false, edge() + 20, i == 0 ? 1 : 0);
        return this;
    }

    /** A paragraph set as a book sets it: no space above, its first line indented. */
    LayoutLines indentedParagraph(String... text) {
        open(TextLine.Role.PARAGRAPH);
        for (int i = 0; i < text.length; i++) add(text[i], BODY, false, i == 0 ? edge() + 14 : edge(), 0);
        return this;
    }

    /** A numbered list item: its number and a space, indented from the column's edge. */
    LayoutLines numbered(int n, String text) {
        open(TextLine.Role.LIST_ITEM);
        return add(n + ". " + text, BODY, false, edge() + 8, 0);
    }

    /** A paragraph opening with a term in italics, then a dash and its definition. */
    LayoutLines italicTerm(String term, String definition) {
        open(TextLine.Role.PARAGRAPH);
        number++;
        float gap = y > 50 ? 6 : 0;
        lines.add(new TextLine(term, page, number, BODY, false, true, edge(), y, column, gap, tagRole(), tagBlock()));
        lines.add(new TextLine(" \u2014 " + definition, page, number, BODY, false, false, edge(), y, column, gap,
                tagRole(), tagBlock()));
        y += LEADING + gap;
        return this;
    }

    /** A paragraph set with no space above it, as in a book: only the tags can tell where it starts. */
    LayoutLines closeParagraph(String... text) {
        open(TextLine.Role.PARAGRAPH);
        for (String line : text) add(line, BODY, false, edge(), 0);
        return this;
    }

    /** A paragraph whose first line starts with a bold run. */
    LayoutLines term(String term, String definition, String... more) {
        open(TextLine.Role.PARAGRAPH);
        number++;
        float gap = y > 50 ? 6 : 0;
        lines.add(new TextLine(term, page, number, BODY, true, false, edge(), y, column, gap, tagRole(), tagBlock()));
        lines.add(new TextLine(" " + definition, page, number, BODY, false, false, edge(), y, column, gap,
                tagRole(), tagBlock()));
        y += LEADING + gap;
        for (String line : more) add(line, BODY, false, edge(), 0);
        return this;
    }

    LayoutLines smallPrint(float indent, float size, boolean bold, String text) {
        open(TextLine.Role.PARAGRAPH);
        return add(text, size, bold, edge() + indent, 2);
    }

    LayoutLines contents(String title, int pageNumber) {
        open(TextLine.Role.PARAGRAPH);
        return add(title + "\t" + pageNumber, 10.5f, false, edge(), 8);
    }

    LayoutLines footer(String text) {
        number++;
        lines.add(new TextLine(text, page, number, 9, true, false, edge(), 560, column, 40, TextLine.Role.UNKNOWN));
        return this;
    }

    /** Gives the last block another tag, as a tagger that got it wrong would. */
    LayoutLines retag(TextLine.Role tag) {
        for (int i = lines.size() - 1; i >= 0 && lines.get(i).block() == block; i--) {
            TextLine l = lines.get(i);
            lines.set(i, new TextLine(l.text(), l.page(), l.number(), l.fontSize(), l.bold(), l.italic(), l.x(), l.y(),
                    l.column(), l.gapAbove(), tag, l.block()));
        }
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
        if (tagging == Tagging.EVERY_LINE) block++;
        lines.add(new TextLine(text, page, number, size, bold, false, x, y, column, gap, tagRole(), tagBlock()));
        y += LEADING + gap;
        return this;
    }

    private void open(TextLine.Role tag) {
        block++;
        role = tag;
    }

    private TextLine.Role tagRole() {
        return tagging == Tagging.NONE ? TextLine.Role.UNKNOWN
                : tagging == Tagging.EVERY_LINE ? TextLine.Role.PARAGRAPH : role;
    }

    private int tagBlock() {
        return tagging == Tagging.NONE ? 0 : block;
    }
}
