package org.leafpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.testing.CommandLineRun;

/** The printer's story: the page size, the master with bleed and the office booklet, asked for by name. */
class PrintOptionsEndToEndTest {

    private static Path leafletWith(Path dir, String manifest) throws Exception {
        Path sources = dir.resolve("sources");
        Files.createDirectories(sources.resolve("idf/en"));
        Files.copy(Path.of("src/test/resources/fixtures/sources/nemo-deficiency-syndrome-idf/en/idf-web-page.txt"), sources.resolve("idf/en/page.txt"));
        Files.writeString(sources.resolve("idf/leaflet.yaml"), manifest);
        return sources;
    }

    @Test
    void manifestAsksForA4WithAPrintersMasterAndABooklet(@TempDir Path dir) throws Exception {
        Path sources = leafletWith(dir, "sourceLanguage: en\npageSize: A4\nprint: {bleed: true, booklet: true}\n");
        Path out = dir.resolve("site");

        CommandLineRun run = CommandLineRun.leafpress("build", "--sources", sources.toString(), "--output",
                out.toString());

        assertEquals(0, run.status(), run.err());
        try (PDDocument pdf = Loader.loadPDF(out.resolve("idf/en/idf.en.pdf").toFile())) {
            assertEquals(595.3, pdf.getPage(0).getMediaBox().getWidth(), 0.5, "A4 wide");
            assertEquals(0, pdf.getNumberOfPages() % 4);
        }
        try (PDDocument master = Loader.loadPDF(out.resolve("idf/en/idf.en.print.pdf").toFile())) {
            PDPage page = master.getPage(0);
            float bleed = 3 * 72 / 25.4f;
            assertEquals(page.getTrimBox().getWidth() + 2 * bleed, page.getBleedBox().getWidth(), 0.1);
            assertTrue(page.getMediaBox().getWidth() > page.getBleedBox().getWidth(), "crop marks outside the bleed");
        }
        try (PDDocument booklet = Loader.loadPDF(out.resolve("idf/en/idf.en.booklet.pdf").toFile())) {
            PDPage sheet = booklet.getPage(0);
            assertTrue(sheet.getMediaBox().getWidth() > sheet.getMediaBox().getHeight(), "landscape sheets");
        }
    }

    @Test
    void commandLineTurnsTheMasterOnForEveryLeaflet(@TempDir Path dir) throws Exception {
        Path sources = leafletWith(dir, "sourceLanguage: en\n");
        Path out = dir.resolve("site");

        assertEquals(0, CommandLineRun.leafpress("build", "--bleed", "--sources", sources.toString(), "--output",
                out.toString()).status());

        assertTrue(Files.isRegularFile(out.resolve("idf/en/idf.en.print.pdf")));
        assertTrue(Files.notExists(out.resolve("idf/en/idf.en.booklet.pdf")));
    }

    @Test
    void unknownPageSizeFailsTheLeafletNamingTheSizesThereAre(@TempDir Path dir) throws Exception {
        Path sources = leafletWith(dir, "sourceLanguage: en\npageSize: A3\n");

        CommandLineRun run = CommandLineRun.leafpress("build", "--sources", sources.toString(), "--output",
                dir.resolve("site").toString());

        assertEquals(1, run.status());
        assertTrue(run.err().contains("A3") && run.err().contains("A5"), run.err());
    }
}
