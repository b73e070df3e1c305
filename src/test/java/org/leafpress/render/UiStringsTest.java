package org.leafpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.testing.Project;

class UiStringsTest {

    @Test
    void keyMissingInFrenchFallsBackToEnglishWithAWarningNamingIt(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("en.properties"), "contents=Contents\nglossary=Glossary\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("fr.properties"), "contents=Sommaire\n", StandardCharsets.UTF_8);
        LocalStrings french = UiStrings.in(dir).in("fr");
        assertEquals("Sommaire", french.get("contents"));
        assertEquals("Glossary", french.get("glossary"));
        assertEquals(1, french.warnings().size());
        Warning warning = french.warnings().get(0);
        assertEquals(WarningCode.UI_STRING_MISSING, warning.code());
        assertTrue(warning.message().contains("'glossary'"), warning.message());
        assertTrue(warning.where().endsWith("fr.properties"));
    }

    @Test
    void languageWithNoStringsGetsEnglishAndOneWarning() {
        LocalStrings german = Project.STRINGS.in("de");
        assertEquals("Contents", german.get("contents"));
        assertEquals(1, german.warnings().size());
        assertEquals(WarningCode.UI_STRINGS_MISSING, german.warnings().get(0).code());
    }

    @Test
    void regionalVariantUsesItsLanguagesStrings() {
        LocalStrings british = Project.STRINGS.in("en-GB");
        assertEquals(List.of(), british.warnings());
        assertEquals("Contents", british.get("contents"));
        assertEquals(List.of(), Project.STRINGS.in("fr-CA").warnings());
        assertEquals("anglais", Project.STRINGS.in("fr").languageName("en-GB"));
    }

    @Test
    void frenchIsCompleteAndReadAsUtf8() {
        LocalStrings french = Project.STRINGS.in("fr");
        assertEquals(List.of(), french.warnings());
        assertEquals("Télécharger le PDF", french.get("download-pdf"));
        assertEquals("Sommaire", french.get("contents"));
        assertEquals("Glossaire", french.get("glossary"));
        assertTrue(french.get("partial-translation").contains("partielle\u00A0:"), "no-break space before the colon");
    }

    @Test
    void everyKeyTheTemplatesAndRenderersUseIsInEnglish() throws IOException {
        Set<String> used = new TreeSet<>();
        // ui["key"], and the dated macro's key: <@dated "dated.published" …/>
        Pattern inTemplates = Pattern.compile("(?:ui\\[|@dated )\"([a-z0-9.-]+)\"");
        Pattern inJava = Pattern.compile(
                "\\b(?:ui|local|words|strings|strings\\.in\\(\\w+\\))\\.(?:get|getOr|format|find)\\(\"([a-z0-9-]+(?:\\.[a-z0-9-]+)*)\"");
        try (Stream<Path> files = Stream.concat(Files.walk(Project.TEMPLATES), Files.walk(Path.of("src/main/java/org/leafpress/render")))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                Pattern pattern = name.endsWith(".java") ? inJava : name.matches(".*\\.ftl[hx]") ? inTemplates : null;
                if (pattern == null) continue;
                pattern.matcher(Files.readString(file)).results().forEach(r -> used.add(r.group(1)));
            }
        }
        assertTrue(used.size() > 15, "found the keys in use: " + used);
        assertTrue(used.containsAll(List.of("dated.reviewed", "partial-translation.read-source")), used.toString());
        LocalStrings english = Project.STRINGS.in("en");
        for (String key : used) assertTrue(english.find(key).isPresent(), "en.properties lacks " + key);
    }
}
