package org.leafpress.extract;

/**
 * One character as a PDF page draws it: what it reads, where it sits and in which face.
 *
 * @param baseline   the baseline, in points from the page's top (PDFBox reports baselines, not tops)
 * @param size       the size the glyph is printed at, in points, after all scaling
 * @param ascent     how far the face rises above the baseline, in points
 * @param spaceWidth the width of a space in this face and size, to tell word gaps from kerning
 * @param mcid       the marked-content id it is drawn in, which a tagged PDF's structure tree points
 *                   to; -1 outside marked content with an id
 */
record Glyph(String text, float x, float width, float baseline, float size, float ascent, float spaceWidth,
        FontFace face, int mcid) {

    float endX() {
        return x + width;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
