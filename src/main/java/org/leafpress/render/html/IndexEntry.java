package org.leafpress.render.html;

import java.util.Optional;
import org.leafpress.render.PdfFacts;
import org.leafpress.render.Publication;

/**
 * One leaflet in one language, as the site index lists it, with its PDF and, when the parity
 * report has been made, the translation's parity status.
 *
 * @param parityStatus the translation's {@code status} word from the parity report
 *     ({@code complete}, {@code partial}, {@code stale}…); empty for an original, or when there is
 *     no report
 */
public record IndexEntry(Publication publication, PdfFacts pdf, Optional<String> parityStatus) {

    public IndexEntry {
        parityStatus = parityStatus == null ? Optional.empty()
                : parityStatus.map(String::strip).filter(s -> !s.isEmpty());
    }

    /** An entry with no parity status. */
    public IndexEntry(Publication publication, PdfFacts pdf) {
        this(publication, pdf, Optional.empty());
    }

    /** This entry with the parity report's status word for its translation. */
    public IndexEntry withParityStatus(String status) {
        return new IndexEntry(publication, pdf, Optional.ofNullable(status));
    }
}
