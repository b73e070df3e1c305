/**
 * Stage 1, discover: finds the leaflets under {@code sources/} and what their manifests say.
 *
 * <p>In: a sources folder, one folder a leaflet ({@code <leaflet>/leaflet.yaml},
 * {@code <leaflet>/<lang>/<file>}). Out: {@link org.leafpress.source.LeafletSource}s, each with its
 * {@link org.leafpress.source.Manifest} (read and checked by
 * {@link org.leafpress.source.ManifestReader}, pins already parsed into
 * {@link org.leafpress.source.SectionPin}s) and its {@link org.leafpress.source.SourceDocument}s,
 * plus a warning for everything that was inferred. Nothing here opens a document; the next stage,
 * {@code extract}, does.
 */
package org.leafpress.source;
