package org.leafpress.extract;

/**
 * One line of a source as its reader found it, with what the layout or markup says about it.
 * Plain text has no typography (size 0, not bold); a blank line has empty text and separates
 * paragraphs. PDF lines come in reading order (columns already untangled by the reader).
 *
 * @param text     the line's characters, trimmed at the right
 * @param page     1-based PDF page, or 0
 * @param number   1-based line number in a text file, or the line's index on its page in a PDF
 * @param fontSize the dominant font size in points, or 0 when unknown
 * @param bold     the line is set in a bold face
 * @param italic   the line is set in an italic face
 * @param x        left edge in points from the page's left, or 0
 * @param y        top edge in points from the page's top, or 0
 * @param column   0 for the left (or only) column, 1 for the right
 * @param gapAbove vertical space above this line beyond normal leading, in points (PDF), or blank
 *                 lines above it (text)
 * @param role     what markup said this line is, when the source had markup
 * @param block    which block of a tagged PDF's structure tree the line belongs to, numbered from 1
 *                 in the tree's order (lines of one paragraph share it), or 0 when untagged
 */
public record TextLine(String text, int page, int number, float fontSize, boolean bold, boolean italic,
        float x, float y, int column, float gapAbove, Role role, int block) {

    /** What a source's own markup (HTML tags, Word styles, PDF structure tags) says a line is. */
    public enum Role { UNKNOWN, HEADING_1, HEADING_2, HEADING_3, PARAGRAPH, LIST_ITEM, CAPTION, NOTE, TERM, DEFINITION }

    public TextLine {
        text = text == null ? "" : text.stripTrailing();
        role = role == null ? Role.UNKNOWN : role;
    }

    /** A line no structure tree speaks for. */
    public TextLine(String text, int page, int number, float fontSize, boolean bold, boolean italic, float x, float y,
            int column, float gapAbove, Role role) {
        this(text, page, number, fontSize, bold, italic, x, y, column, gapAbove, role, 0);
    }

    /** A line of plain text, with nothing known of its layout. */
    public static TextLine plain(String text, int number) {
        return new TextLine(text, 0, number, 0, false, false, 0, 0, 0, 0, Role.UNKNOWN);
    }

    public boolean isBlank() {
        return text.isBlank();
    }

    public boolean isHeadingByMarkup() {
        return role == Role.HEADING_1 || role == Role.HEADING_2 || role == Role.HEADING_3;
    }
}
