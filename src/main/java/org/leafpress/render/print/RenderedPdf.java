package org.leafpress.render.print;

import java.util.List;
import org.leafpress.model.Warning;
import org.leafpress.render.PdfFacts;

/** A finished, reproducible PDF, how many pages it has, and what the renderer wants an editor to know. */
public record RenderedPdf(byte[] bytes, int pageCount, List<Warning> warnings) {

    public RenderedPdf {
        bytes = bytes.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The facts a web page shows about this PDF once it is saved as {@code fileName}. */
    public PdfFacts facts(String fileName) {
        return new PdfFacts(fileName, bytes.length, pageCount);
    }
}
