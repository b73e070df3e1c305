package org.leafpress.align;

import java.util.List;
import org.leafpress.model.Leaflet;
import org.leafpress.model.SectionKey;

/**
 * A translation placed into its source's sections: the model, its paragraphs under the source's
 * section keys (a translation with no headings comes out sectioned), and the links between the
 * two sides' paragraphs.
 */
public record AlignedTranslation(Leaflet model, List<AlignmentLink> links) {

    public AlignedTranslation {
        links = List.copyOf(links);
    }

    /** The links within one section, in reading order. */
    public List<AlignmentLink> linksIn(SectionKey key) {
        return links.stream().filter(l -> l.key().equals(key)).toList();
    }
}
