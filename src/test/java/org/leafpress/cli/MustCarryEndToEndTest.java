package org.leafpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.testing.CommandLineRun;
import org.leafpress.testing.Fixtures;

/**
 * A patient who reads only the French edition of the bundled leaflet, which translates one
 * section, is still told that it does not replace a clinician's advice and where to call for help.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MustCarryEndToEndTest {

    private static final String FRENCH = "nemo-deficiency-syndrome/fr/";
    private static final String DISCLAIMER = "replace advice from a clinical immunologist";
    private static final String HELPLINE = "0800 987 8986";

    private Path output;

    @BeforeAll
    void buildTheBundledSources(@TempDir Path dir) {
        output = dir.resolve("output");
        CommandLineRun run = CommandLineRun.leafpress("build", "--sources", Fixtures.SOURCES.toString(), "--output",
                output.toString());
        assertEquals(0, run.status(), run.err());
    }

    @Test
    void frenchPdfCarriesTheDisclaimerAndTheHelpline() throws IOException {
        String text;
        try (PDDocument pdf = Loader.loadPDF(output.resolve(FRENCH + "nemo-deficiency-syndrome.fr.pdf").toFile())) {
            text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertTrue(text.contains(DISCLAIMER), text);
        assertTrue(text.contains(HELPLINE), text);
    }

    @Test
    void frenchPageCarriesThemInEnglishMarkedAsEnglish() throws IOException {
        Document page = Jsoup.parse(Files.readString(output.resolve(FRENCH + "index.html")));
        assertEquals("en", langOf(page, DISCLAIMER));
        assertEquals("en", langOf(page, HELPLINE));
    }

    /** The language the nearest marked ancestor of the paragraph holding {@code words} declares. */
    private static String langOf(Document page, String words) {
        Element p = page.select("main p").stream().filter(e -> e.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph says “" + words + "”"));
        for (Element e = p; e != null; e = e.parent()) {
            if (e.hasAttr("lang")) return e.attr("lang");
        }
        return "";
    }
}
