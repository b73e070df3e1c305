/**
 * Stage 6, render: what every output format shares.
 *
 * <p>In: a {@link org.leafpress.render.Publication} (a model plus what publishing adds: partners,
 * a partial translation's source language). Out, for the writers: the same plain template data for
 * web and print ({@link org.leafpress.render.LeafletView}), the UI strings of each language
 * ({@link org.leafpress.render.UiStrings}, from {@code templates/i18n/}), the Freemarker set-up
 * ({@link org.leafpress.render.Templates}) and where everything goes in {@code output/}
 * ({@link org.leafpress.render.SiteLayout}, the output layout's one owner). The writers are
 * {@code render.html} (the web site), {@code render.print} (the PDFs) and {@code render.check} (the
 * checks a finished PDF must pass). Nothing here reads a source.
 */
package org.leafpress.render;
