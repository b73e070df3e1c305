package org.leafpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {

    @Test
    void templateCannotInstantiateJavaClasses(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("evil.ftlh"), "${\"freemarker.template.utility.Execute\"?new()(\"id\")}");
        RenderException e = assertThrows(RenderException.class, () -> Templates.in(dir).render("evil.ftlh", Map.of()));
        assertTrue(e.getMessage().startsWith(dir.resolve("evil.ftlh").toString()), e.getMessage());
    }

    @Test
    void templateCannotReachThroughToJavaApi(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("api.ftlh"), "${items?api.size()}");
        assertThrows(RenderException.class, () -> Templates.in(dir).render("api.ftlh", Map.of("items", List.of(1))));
    }

    @Test
    void htmlAndXmlTemplatesEscapeByDefault(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("t.ftlh"), "<p>${text}</p>");
        Files.writeString(dir.resolve("t.ftlx"), "<p>${text}</p>");
        Templates templates = Templates.in(dir);
        assertEquals("<p>&lt;b&gt; &amp; &#39;</p>", templates.render("t.ftlh", Map.of("text", "<b> & '")));
        assertEquals("<p>&lt;b&gt; &amp; &apos;</p>", templates.render("t.ftlx", Map.of("text", "<b> & '")));
    }

    @Test
    void numbersDoNotDependOnTheMachinesLocale(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("n.ftlh"), "${n}");
        assertEquals("1234567.5", Templates.in(dir).render("n.ftlh", Map.of("n", 1234567.5)));
    }
}
