package org.leafpress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.leafpress.testing.CommandLineRun.inFreshJvm;
import static org.leafpress.testing.CommandLineRun.leafpress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.testing.CommandLineRun;
import org.leafpress.testing.Fixtures;
import org.leafpress.testing.Project;

/** leafpress run from a folder with no templates of its own, as a user runs the jar from anywhere. */
class BundledTemplatesTest {

    @Test
    void buildFromAFolderWithoutTemplatesUsesTheBundledOnesAndGivesTheSameOutput(@TempDir Path dir) throws Exception {
        Path bare = Files.createDirectories(dir.resolve("bare"));
        Fixtures.copyOfBundledSources(bare);
        Path withTemplates = Files.createDirectories(dir.resolve("with-templates"));
        Fixtures.copyOfBundledSources(withTemplates);
        Fixtures.copyTree(Project.TEMPLATES, withTemplates.resolve("templates"));

        CommandLineRun fromBare = inFreshJvm(bare, "build", "--sources", "sources", "--output", "out");
        CommandLineRun fromProject = inFreshJvm(withTemplates, "build", "--sources", "sources", "--output", "out");

        assertEquals(0, fromBare.status(), fromBare.err());
        assertEquals(0, fromProject.status(), fromProject.err());
        assertTrue(Files.notExists(bare.resolve("templates")), "nothing is unpacked into the working folder");
        TreeMap<String, byte[]> bundled = Fixtures.filesUnder(bare.resolve("out"));
        TreeMap<String, byte[]> local = Fixtures.filesUnder(withTemplates.resolve("out"));
        assertEquals(local.keySet(), bundled.keySet());
        for (String name : local.keySet()) {
            if (name.equals("reports/build.json")) continue;
            assertArrayEquals(local.get(name), bundled.get(name), name + " differs");
        }
        assertEquals(withoutTimings(local.get("reports/build.json")), withoutTimings(bundled.get("reports/build.json")));
    }

    @Test
    void templatesOptionOverridesTheWorkingFolderAndTheBundledTemplates(@TempDir Path dir) throws Exception {
        Path templates = dir.resolve("our-templates");
        Fixtures.copyTree(Project.TEMPLATES, templates);
        String skipLink = Project.ui("en", "skip-link");
        Path english = templates.resolve("i18n/en.properties");
        Files.writeString(english, Files.readString(english).replace(skipLink, "Straight to the leaflet"));
        Path out = dir.resolve("out");

        CommandLineRun run = leafpress("build", "--templates", templates.toString(), "--sources",
                Fixtures.copyOfBundledSources(dir).toString(), "--output", out.toString());

        assertEquals(0, run.status(), run.err());
        String page = Files.readString(out.resolve("nemo-deficiency-syndrome/en/index.html"));
        assertTrue(Jsoup.parse(page).select("a[href=#content]").text().contains("Straight to the leaflet"), page);
    }

    @Test
    void versionIsThePomVersion() throws Exception {
        String pomVersion = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile())
                .getDocumentElement().getElementsByTagName("version").item(0).getTextContent();

        CommandLineRun run = leafpress("--version");

        assertEquals("leafpress " + pomVersion, run.out().strip());
    }

    private static JsonNode withoutTimings(byte[] report) throws Exception {
        JsonNode json = new ObjectMapper().readTree(report);
        strip(json);
        return json;
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) object.remove("timingsMillis");
        node.forEach(BundledTemplatesTest::strip);
    }
}
