package org.leafpress.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leafpress.model.SectionKey;
import org.leafpress.publish.ModelJson;

/** The parity JSON keeps the field names docs/contracts.md promises. */
class ParityJsonTest {

    @Test
    void fieldNamesAreTheContract() throws Exception {
        ParityFinding extra = new ParityFinding(FindingCode.EXTRA_PARAGRAPH, "French paragraph 4 …", "fr/traitement.txt line 4",
                Severity.WARNING);
        SectionParity treatment = new SectionParity(new SectionKey("treatment"), ParityStatus.TRANSLATED, false, 3, 4, 1.66,
                0.65, List.of(extra), List.of(new AlignmentLink(new SectionKey("treatment"), LinkKind.EXTRA, List.of(),
                        List.of(4), 0.174, List.of(), List.of("Cela …"), List.of(), List.of("fr/traitement.txt line 4"))),
                List.of());
        SectionParity causes = new SectionParity(new SectionKey("causes"), ParityStatus.MISSING, false, 5, 0, null, null,
                List.of(), List.of(), List.of());
        ParityReport report = new ParityReport(List.of(new LeafletParity("nemo-deficiency-syndrome", "en",
                List.of(new TranslationParity("fr", ParityStatus.PARTIAL, false, 8, 1, List.of(treatment, causes))))));

        JsonNode json = ModelJson.mapper().readTree(ModelJson.mapper().writeValueAsString(report));

        JsonNode leaflet = json.path("leaflets").path(0);
        assertEquals("nemo-deficiency-syndrome", leaflet.path("leaflet").asText());
        assertEquals("en", leaflet.path("sourceLanguage").asText());
        JsonNode fr = leaflet.path("translations").path(0);
        assertEquals("fr", fr.path("language").asText());
        assertEquals("partial", fr.path("status").asText());
        JsonNode first = fr.path("sections").path(0);
        assertEquals("treatment", first.path("key").asText());
        assertEquals("translated", first.path("status").asText());
        assertEquals(3, first.path("sourceParagraphs").asInt());
        assertEquals(4, first.path("translationParagraphs").asInt());
        assertEquals("extra-paragraph", first.path("findings").path(0).path("code").asText());
        assertEquals("French paragraph 4 …", first.path("findings").path(0).path("message").asText());
        assertEquals("fr/traitement.txt line 4", first.path("findings").path(0).path("where").asText());
        assertEquals("0-1", first.path("links").path(0).path("kind").asText());
        JsonNode missing = fr.path("sections").path(1);
        assertEquals("missing", missing.path("status").asText());
        assertEquals(List.of("key", "status", "sourceParagraphs", "translationParagraphs", "findings"),
                iterable(missing.fieldNames()));
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> all = new java.util.ArrayList<>();
        names.forEachRemaining(all::add);
        return all;
    }
}
