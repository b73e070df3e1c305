/**
 * The layout reader of stage 3: a PDF's structure recovered from how it is printed.
 *
 * <p>In: the lines of a PDF with their font sizes, weights, positions, columns and any structure
 * tags. Out: the model, through {@link org.leafpress.normalise.layout.LayoutStructure}. The rules,
 * one class each: the body size and what is bigger ({@link org.leafpress.normalise.layout.TypeScale}),
 * page furniture by where it sits ({@link org.leafpress.normalise.layout.PageEdges}), columns
 * ({@link org.leafpress.normalise.layout.ColumnEdges}), the cover, the contents list, the imprint,
 * figure text, lists, paragraphs joined across lines, pages and columns
 * ({@link org.leafpress.normalise.layout.SectionBuilder}), and what a tagged PDF's tree adds
 * ({@link org.leafpress.normalise.layout.PdfTags}).
 */
package org.leafpress.normalise.layout;
