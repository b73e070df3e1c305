/**
 * The web writer: each leaflet as an accessible page, the site index and the parity page.
 *
 * <p>In: {@link org.leafpress.render.Publication}s, facts about their PDFs, the parity report. Out:
 * HTML pages ({@link org.leafpress.render.html.RenderedPage}) from {@code templates/html/*.ftlh}
 * and the assets they link ({@link org.leafpress.render.html.SiteAssets}), written by
 * {@code publish}.
 */
package org.leafpress.render.html;
