package org.leafpress.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceDiscoveryTest {

    private final SourceDiscovery discovery = new SourceDiscovery();

    @Test
    void fixtureSourcesHoldTheNemoLeafletInTwoLanguagesAndThePartnerPage() throws IOException {
        SourceDiscovery.Found found = discovery.discover(org.leafpress.testing.Fixtures.SOURCES);

        assertEquals(List.of(), found.problems());
        assertEquals(List.of("nemo-deficiency-syndrome", "nemo-deficiency-syndrome-idf"),
                found.leaflets().stream().map(LeafletSource::id).toList());
        LeafletSource nemo = found.leaflets().get(0);
        assertEquals("en", nemo.sourceLanguage());
        assertEquals(List.of("en", "fr"), nemo.languages());
        assertEquals(DocumentRole.TRANSLATION, nemo.documentsIn("fr").get(0).role());
        assertEquals("src/test/resources/fixtures/sources/nemo-deficiency-syndrome/fr/traitement.txt", nemo.documentsIn("fr").get(0).shown());
        assertEquals("2019-02", nemo.manifest().edition().date());
    }

    @Test
    void folderWithoutManifestStillBuildsWithItsLanguagesInferred(@TempDir Path sources) throws IOException {
        Path leaflet = Files.createDirectories(sources.resolve("cystic-fibrosis"));
        Files.createDirectories(leaflet.resolve("fr"));
        Files.createDirectories(leaflet.resolve("de"));
        Files.writeString(leaflet.resolve("fr/texte.txt"), "Un texte en français, assez long pour compter.");
        Files.writeString(leaflet.resolve("de/text.txt"), "Kurz.");
        Files.writeString(leaflet.resolve("de/photo.png"), "not read");

        LeafletSource found = discovery.discover(sources).leaflets().get(0);

        assertEquals("cystic-fibrosis", found.id());
        assertEquals("fr", found.sourceLanguage(), "no English: the language with the most text is the source");
        assertEquals(List.of("fr", "de"), found.languages());
        assertEquals(DocumentRole.TRANSLATION, found.documentsIn("de").get(0).role());
        List<String> codes = found.inferences().stream().map(w -> w.code().code()).toList();
        assertTrue(codes.containsAll(List.of("no-manifest", "source-language-inferred", "unreadable-type")), codes.toString());
    }

    @Test
    void brokenManifestIsReportedWithItsFileAndTheOtherLeafletsStillFound(@TempDir Path sources) throws IOException {
        Path bad = Files.createDirectories(sources.resolve("a-broken-one"));
        Files.writeString(bad.resolve("leaflet.yaml"), "title: [unclosed\n");
        Path missing = Files.createDirectories(sources.resolve("b-missing-file"));
        Files.writeString(missing.resolve("leaflet.yaml"), "documents:\n  - file: en/gone.pdf\n");
        Path good = Files.createDirectories(sources.resolve("c-good/en"));
        Files.writeString(good.resolve("text.txt"), "Some text.");

        SourceDiscovery.Found found = discovery.discover(sources);

        assertEquals(List.of("c-good"), found.leaflets().stream().map(LeafletSource::id).toList());
        assertEquals(2, found.problems().size());
        String yamlError = found.problems().get(0).message();
        assertTrue(yamlError.contains("a-broken-one/leaflet.yaml") && yamlError.contains("not valid YAML"), yamlError);
        String missingError = found.problems().get(1).message();
        assertTrue(missingError.contains("en/gone.pdf") && missingError.contains("does not exist"), missingError);
    }

    @Test
    void manifestLanguageThatIsNotAnIsoCodeIsRefused(@TempDir Path sources) throws IOException {
        Path leaflet = Files.createDirectories(sources.resolve("x/en"));
        Files.writeString(leaflet.resolve("t.txt"), "Text.");
        Files.writeString(sources.resolve("x/leaflet.yaml"), "sourceLanguage: English\n");

        SourceDiscovery.Found found = discovery.discover(sources);

        assertTrue(found.problems().get(0).message().contains("'English' is not a two-letter ISO 639-1 code"));
    }
}
