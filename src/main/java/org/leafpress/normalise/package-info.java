/**
 * Stage 3, normalise: gives an extracted document's lines their meaning in the common model.
 *
 * <p>In: an {@link org.leafpress.extract.ExtractedDocument}, the leaflet's id and the document's
 * language. Out: a {@link org.leafpress.model.Leaflet} (sections with canonical keys, blocks with
 * provenance, imprint fields, warnings). {@link org.leafpress.normalise.Normaliser} picks the
 * reader for what the lines carry: {@link org.leafpress.normalise.layout.LayoutStructure} for a
 * PDF's layout ({@code normalise.layout}), {@link org.leafpress.normalise.MarkupStructure} for
 * markup roles, {@link org.leafpress.normalise.TextStructure} for plain text. The words they
 * recognise (headings to section keys, page furniture, imprint patterns) are data in
 * {@code templates/vocabulary/}, read by {@link org.leafpress.normalise.HeadingVocabulary} and
 * {@link org.leafpress.normalise.PageFurniture}. Languages are not known yet: {@code detect} is next.
 */
package org.leafpress.normalise;
