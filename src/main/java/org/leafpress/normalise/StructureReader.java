package org.leafpress.normalise;

import org.leafpress.extract.ExtractedDocument;
import org.leafpress.model.Leaflet;

/**
 * Turns the lines of one extracted document into the model: sections with canonical keys,
 * blocks with provenance, and the imprint (title, edition, publisher, copyright) it states.
 * Paragraph languages are left empty; the detect stage fills them.
 */
public interface StructureReader {

    Leaflet read(ExtractedDocument document, StructureContext context);
}
