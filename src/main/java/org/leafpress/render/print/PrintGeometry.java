package org.leafpress.render.print;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import org.leafpress.render.RenderException;
import org.leafpress.render.check.PdfExpectations;

/**
 * The printer's master and the booklet sheet, from {@code templates/print/page-sizes.yaml}: the
 * bleed, where crop marks go (beyond the bleed, inside the slug), and the sheet a booklet is
 * imposed on.
 */
public record PrintGeometry(Length bleed, Length markOffset, Length markLength, Length slug, Length markWeight,
        Length sheetWidth, Length sheetHeight) {

    public PrintGeometry {
        if (markOffset.mm() <= bleed.mm()) {
            throw new IllegalArgumentException("mark-offset must be larger than the bleed, or the crop marks"
                    + " would print inside it");
        }
        if (slug.mm() < markOffset.mm() + markLength.mm()) {
            throw new IllegalArgumentException("slug must hold the crop marks (mark-offset + mark-length)");
        }
    }

    /** The bleed as the layout adds it: rounded to the layout unit (3 mm is 3.003 mm). */
    Length layoutBleed() {
        return bleed.inLayoutUnits();
    }

    public static PrintGeometry read(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            JsonNode master = root.path("print-master");
            String[] sheet = root.path("booklet").path("sheet").asText("297mm 210mm").strip().split("\\s+");
            if (sheet.length != 2) throw new IllegalArgumentException("booklet sheet must be 'width height'");
            return new PrintGeometry(
                    Length.parse(master.path("bleed").asText("3mm")),
                    Length.parse(master.path("mark-offset").asText("5mm")),
                    Length.parse(master.path("mark-length").asText("5mm")),
                    Length.parse(master.path("slug").asText("12mm")),
                    Length.parse(master.path("mark-weight").asText("0.25pt")),
                    Length.parse(sheet[0]), Length.parse(sheet[1]));
        } catch (IOException | IllegalArgumentException e) {
            throw new RenderException(file.toString(), "the print geometry cannot be read: " + e.getMessage(), e);
        }
    }

    /** The page boxes of a booklet sheet. */
    public PdfExpectations.Boxes sheetBoxes() {
        return new PdfExpectations.Boxes("booklet sheet", sheetWidth().points(), sheetHeight().points(), 0, 0);
    }
}
