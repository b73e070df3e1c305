/**
 * The print writer: the leaflet's PDF, and on request a printer's master and an office booklet.
 *
 * <p>In: a {@link org.leafpress.render.Publication} and {@link org.leafpress.model.PrintOptions}.
 * {@link org.leafpress.render.print.PrintRenderer} spaces the text for its language
 * ({@link org.leafpress.render.print.Typography}), checks every character has a glyph
 * ({@link org.leafpress.render.print.GlyphCoverage}), lays out the XHTML of
 * {@code templates/print/} with Flying Saucer on OpenPDF at a page size from
 * {@code templates/print/page-sizes.yaml} ({@link org.leafpress.render.print.PageSize}), and
 * finishes it with PDFBox so it is reproducible ({@link org.leafpress.render.print.PdfFinisher}):
 * page boxes and crop marks ({@link org.leafpress.render.print.PrintMaster}), 2-up imposition
 * ({@link org.leafpress.render.print.Booklet}). Out: a {@link org.leafpress.render.print.PrintedLeaflet},
 * each file checked by {@code render.check} before it is returned.
 */
package org.leafpress.render.print;
