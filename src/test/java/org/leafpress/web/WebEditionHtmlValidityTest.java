package org.leafpress.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The markup as machines read it: the W3C Nu HTML Checker, in-process and offline, on every page
 * the build writes and on its stylesheet; and the schema.org data of every leaflet page.
 */
class WebEditionHtmlValidityTest {

    static Stream<String> everyPage() {
        return PublishedSite.get().pages().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyPage")
    void everyPageIsValidHtml(String page) throws Exception {
        List<String> errors = errorsIn(PublishedSite.get().file(page));
        assertEquals(List.of(), errors, "the Nu HTML Checker on " + page);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyLeafletPage")
    void everyLeafletPageDescribesItselfAsAMedicalWebPage(String page) throws Exception {
        Document html = Jsoup.parse(PublishedSite.get().file(page).toFile());
        Element script = html.selectFirst("script[type=application/ld+json]");
        assertTrue(script != null, "JSON-LD in " + page);
        JsonNode data = new ObjectMapper().readTree(script.data());
        String lang = page.split("/")[1];
        assertAll(page,
                () -> assertEquals("MedicalWebPage", data.path("@type").asText()),
                () -> assertEquals(lang, data.path("inLanguage").asText()),
                () -> assertEquals(lang, html.selectFirst("html").attr("lang")),
                () -> assertEquals("MedicalCondition", data.path("about").path("@type").asText()),
                () -> assertFalse(data.path("name").asText().isEmpty()),
                () -> assertTrue(data.path("datePublished").asText().matches("\\d{4}(-\\d{2}){0,2}")),
                () -> assertTrue(data.path("lastReviewed").asText().matches("\\d{4}(-\\d{2}){0,2}")),
                () -> assertFalse(data.path("publisher").path("name").asText().isEmpty()));
    }

    static Stream<String> everyLeafletPage() {
        return PublishedSite.get().pages().stream().filter(p -> p.endsWith("/index.html"));
    }

    @Test
    void stylesheetIsValidCss() throws Exception {
        List<String> errors = cssErrorsIn(PublishedSite.get().file("assets/site.css"));
        assertEquals(List.of(), errors, "the Nu checker's CSS validator on assets/site.css");
    }

    @Test
    void checkerFindsTheErrorsItIsThereToFind(@TempDir Path dir) throws Exception {
        // Guards the tests above: a checker that finds nothing would pass them too.
        Path page = Files.writeString(dir.resolve("broken.html"),
                "<!DOCTYPE html><html lang=\"en\"><title>x</title><p><div></p><dl><p>x</p></dl>");
        Path css = Files.writeString(dir.resolve("broken.css"), "p { colour: red; margin: 1 }");
        assertTrue(errorsIn(page).size() > 0, "HTML errors found");
        assertTrue(cssErrorsIn(css).size() > 0, "CSS errors found");
    }

    /** The checker's errors (not its warnings or notes) on the page {@code file}, one line each. */
    static List<String> errorsIn(Path file) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report = validator.validate(file);
        List<String> errors = new ArrayList<>();
        for (JsonNode message : new ObjectMapper().readTree(report).path("messages")) {
            String type = message.path("type").asText();
            boolean isError = type.equals("error") || type.equals("non-document-error")
                    || message.path("subType").asText().equals("fatal");
            String line = type + " line " + message.path("lastLine").asText() + ": " + message.path("message").asText();
            if (isError) errors.add(line);
            else System.out.println("Nu HTML Checker on " + file + ": " + line);
        }
        return errors;
    }

    /** The checker's CSS errors on the stylesheet {@code file}, one line each. */
    static List<String> cssErrorsIn(Path file) throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler collect = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                System.out.println("Nu CSS checker on " + file + ": warning line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void error(SAXParseException e) {
                errors.add("error line " + e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add("fatal line " + e.getLineNumber() + ": " + e.getMessage());
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator();
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, collect);
        validator.setUpValidatorAndParsers(collect, false, false);
        validator.checkCssFile(file.toFile(), true);
        return errors;
    }
}
