package org.leafpress.render.print;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.leafpress.model.PrintOptions;
import org.leafpress.render.SiteLayout;
import org.leafpress.render.check.PdfCheck;

/**
 * What printing a leaflet gives: the plain PDF, and, when {@link PrintOptions} asks for them, the
 * printer's master with bleed and crop marks ({@code <id>.<lang>.print.pdf}) and the 2-up booklet
 * for an office printer ({@code <id>.<lang>.booklet.pdf}). Every one of them passed
 * {@link PdfCheck}; each is byte-reproducible.
 */
public record PrintedLeaflet(RenderedPdf pdf, Optional<byte[]> printMaster, Optional<byte[]> booklet) {

    public PrintedLeaflet {
        printMaster = printMaster.map(byte[]::clone);
        booklet = booklet.map(byte[]::clone);
    }

    @Override
    public Optional<byte[]> printMaster() {
        return printMaster.map(byte[]::clone);
    }

    @Override
    public Optional<byte[]> booklet() {
        return booklet.map(byte[]::clone);
    }

    /** Every file to write into the leaflet's language folder, by file name, the plain PDF first. */
    public Map<String, byte[]> files(String leafletId, String language) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(SiteLayout.pdfFileName(leafletId, language), pdf.bytes());
        printMaster.ifPresent(b -> files.put(SiteLayout.printMasterFileName(leafletId, language), b.clone()));
        booklet.ifPresent(b -> files.put(SiteLayout.bookletFileName(leafletId, language), b.clone()));
        return files;
    }
}
