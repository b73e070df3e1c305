package org.leafpress.render.html;

import java.util.List;
import org.leafpress.render.PdfFacts;
import org.leafpress.render.Publication;

/**
 * What the web page of one leaflet in one language needs: the publication, the other languages the
 * same leaflet is published in (ISO 639-1 codes, in the order to list them), and its PDF.
 */
public record LeafletPage(Publication publication, List<String> otherLanguages, PdfFacts pdf) {

    public LeafletPage {
        otherLanguages = List.copyOf(otherLanguages);
    }
}
