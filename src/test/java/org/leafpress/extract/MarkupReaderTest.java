package org.leafpress.extract;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.leafpress.model.SourceRef;

/**
 * The hay-fever fixtures: an HTML page written by hand, and a DOCX and an ODT that LibreOffice 7.4
 * made from hay-fever.en.fodt ({@code soffice --headless --convert-to docx hay-fever.en.fodt}).
 */
class MarkupReaderTest {

    private static final Path FIXTURES = Path.of("src/test/resources/fixtures");
    private static final MarkupReader READER = new MarkupReader();

    @ParameterizedTest
    @ValueSource(strings = {"hay-fever.en.html", "hay-fever.en.docx", "hay-fever.en.odt"})
    void headingsParagraphsAndListItemsKeepTheRolesTheirMarkupGives(String fixture) throws Exception {
        ExtractedDocument document = read(fixture);
        assertEquals(ExtractedDocument.Kind.MARKUP, document.kind());
        assertEquals(expectedLines(fixture), document.lines().stream().map(l -> l.role() + "\t" + l.text()).toList());
        assertEquals(IntStream.rangeClosed(1, document.lines().size()).boxed().toList(),
                document.lines().stream().map(TextLine::number).toList());
    }

    @Test
    void navigationScriptAndStyleAreDropped() throws Exception {
        String all = String.join("\n", read("hay-fever.en.html").lines().stream().map(TextLine::text).toList());
        assertTrue(!all.contains("Home") && !all.contains("console.log") && !all.contains("font-family"), all);
    }

    @Test
    void aPictureInADocxIsNotReadAndTheDefinitionListStylesAreTermsAndDefinitions() throws Exception {
        Path file = FIXTURES.resolve("leaflets/atopic-eczema/atopic-eczema.en.docx");
        List<TextLine> lines = READER.read(file, new SourceRef(file.toString(), "", ""), Optional.empty()).lines();
        assertAll(
                () -> assertTrue(lines.stream().noneMatch(l -> l.text().endsWith(".png")), lines::toString),
                () -> assertEquals(List.of("emollient", "flare-up", "steroid cream"), lines.stream()
                        .filter(l -> l.role() == TextLine.Role.TERM).map(TextLine::text).toList()),
                () -> assertEquals(3, lines.stream().filter(l -> l.role() == TextLine.Role.DEFINITION).count()));
    }

    @Test
    void aWebPagesDefinitionListGivesTermsAndDefinitions() throws Exception {
        Path file = FIXTURES.resolve("leaflets/atopic-eczema/atopic-eczema.en.html");
        List<TextLine> lines = READER.read(file, new SourceRef(file.toString(), "", ""), Optional.empty()).lines();
        assertEquals(List.of("TERM emollient", "DEFINITION a moisturiser that softens the skin and forms a layer that "
                + "keeps water in."), lines.stream().filter(l -> l.role() == TextLine.Role.TERM
                        || l.role() == TextLine.Role.DEFINITION).limit(2).map(l -> l.role() + " " + l.text()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hay-fever.en.html", "hay-fever.en.docx", "hay-fever.en.odt"})
    void titleAndLanguageComeFromTheDocumentsOwnProperties(String fixture) throws Exception {
        ExtractedDocument document = read(fixture);
        assertEquals("Hay fever", document.metadata().get("title"));
        assertTrue(document.metadata().get("language").startsWith("en"), document.metadata().toString());
    }

    private static ExtractedDocument read(String fixture) throws SourceUnreadableException {
        Path file = FIXTURES.resolve(fixture);
        return READER.read(file, new SourceRef(file.toString(), "", ""), Optional.empty());
    }

    private static List<String> expectedLines(String fixture) throws IOException {
        return Files.readAllLines(FIXTURES.resolve(fixture + ".lines.txt")).stream()
                .filter(line -> !line.startsWith("#")).toList();
    }
}
