package org.leafpress.render.check;

import java.util.List;

/**
 * What {@link PdfCheck} expects of a finished PDF: its file (for messages), language, the
 * headings its contents list should hold (in order; the list is on page 2), the running text
 * whose page breaks it checks for widows and orphans, its page boxes and the multiple its page
 * count must be.
 *
 * @param pageCount the exact page count expected, or 0 for any multiple of {@code pageMultiple}
 * @param layout whether the pages are the leaflet's own (contents, headings, outline to check),
 *     not a booklet's sheets
 */
public record PdfExpectations(String file, String language, List<String> contents, List<String> paragraphs, Boxes boxes,
        int pageMultiple, int pageCount, boolean layout) {

    /** The page on which the contents list is printed (the inside cover). */
    public static final int CONTENTS_PAGE = 2;

    public PdfExpectations {
        contents = List.copyOf(contents);
        paragraphs = List.copyOf(paragraphs);
    }

    /**
     * The page boxes, in points: TrimBox {@code trimWidth} by {@code trimHeight}; BleedBox the trim
     * plus {@code bleed} on every side; MediaBox the trim plus {@code slug} (0: the trim itself).
     */
    public record Boxes(String name, double trimWidth, double trimHeight, double bleed, double slug) {}

    public static PdfExpectations leaflet(String file, String language, List<String> contents, Boxes boxes, int multiple) {
        return new PdfExpectations(file, language, contents, List.of(), boxes, multiple, 0, true);
    }

    /** These expectations, and the paragraphs (list items, glossary entries, notes) of the body. */
    public PdfExpectations withParagraphs(List<String> texts) {
        return new PdfExpectations(file, language, contents, texts, boxes, pageMultiple, pageCount, layout);
    }

    /** The sheets of a booklet: {@code sheetSides} of them, with the sheet's boxes, any page multiple of 2. */
    public static PdfExpectations booklet(String file, String language, int sheetSides, Boxes sheet) {
        return new PdfExpectations(file, language, List.of(), List.of(), sheet, 2, sheetSides, false);
    }

    /** The same expectations for another file of the same leaflet, with other boxes. */
    public PdfExpectations forFile(String otherFile, Boxes otherBoxes) {
        return new PdfExpectations(otherFile, language, contents, paragraphs, otherBoxes, pageMultiple, pageCount, layout);
    }
}
