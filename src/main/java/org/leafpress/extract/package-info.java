/**
 * Stage 2, extract: turns one source file into lines of text with what its format says about them.
 *
 * <p>In: a file (PDF, text, Markdown, HTML, DOCX, ODT) and, when the manifest declares one, its
 * charset. Out: an {@link org.leafpress.extract.ExtractedDocument}: {@link org.leafpress.extract.TextLine}s
 * in reading order, each carrying its layout (a PDF's font size, weight, position and column:
 * {@link org.leafpress.extract.PdfLayoutReader}, with {@link org.leafpress.extract.StructureTags}
 * from a tagged PDF's structure tree) or its markup role (a heading, list item, caption:
 * {@link org.leafpress.extract.MarkupReader}), and the document's metadata. Tika tells the format
 * by the bytes, not the name. A file that cannot be read is a
 * {@link org.leafpress.extract.SourceUnreadableException} naming it and saying what to do.
 * Lines carry no meaning yet: {@code normalise} gives them one.
 */
package org.leafpress.extract;
