/**
 * The checks after rendering: what a finished PDF must pass before it is published.
 *
 * <p>In: a PDF's bytes and {@link org.leafpress.render.check.PdfExpectations} (its page boxes, page
 * count, language, contents headings, running text). Out: {@link org.leafpress.render.check.PrintFinding}s,
 * each naming its check and page ({@link org.leafpress.render.check.PdfCheck}); a print writer
 * throws them as a {@link org.leafpress.render.check.PrintCheckException}, which fails that
 * leaflet's build. The checks read the PDF as a reader's software does (PDFBox), never the
 * renderer's own idea of it.
 */
package org.leafpress.render.check;
