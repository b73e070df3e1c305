package org.leafpress.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leafpress.model.DetectedLanguage;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;

/** {@code reports/build.json} as CI scripts read it: its field names, and an error only where a leaflet failed. */
class BuildReportJsonTest {

    private static List<String> fieldsOf(JsonNode node) {
        List<String> fields = new ArrayList<>();
        node.fieldNames().forEachRemaining(fields::add);
        return fields;
    }

    @Test
    void reportNamesEachLeafletsStatusAndOnlyAFailedOneHasAnError() throws Exception {
        BuildReport.DocumentResult document = new BuildReport.DocumentResult("sources/gout/en/gout.pdf", "original", "en",
                new DetectedLanguage("en", 1.0), List.of("overview"), 3, List.of(), Map.of("extract", 5L));
        BuildReport.LeafletResult built = new BuildReport.LeafletResult("gout", "built", null, "en", List.of(document),
                List.of("gout/en/index.html"), List.of(), Map.of("render-pdf", 7L), null);
        BuildReport.LeafletResult failed = new BuildReport.LeafletResult("varicelle", "failed",
                "sources/varicelle/fr/varicelle.pdf: truncated", "fr", List.of(), List.of(), List.of(), Map.of(), null);
        Warning problem = new Warning(WarningCode.UNREADABLE_LEAFLET, "leaflet.yaml: cannot read", "sources/x");
        BuildReport report = new BuildReport(1, 1, List.of(built, failed), List.of(problem));

        JsonNode json = ModelJson.mapper().readTree(ModelJson.toJson(report));

        assertEquals(List.of("leafletsBuilt", "leafletsFailed", "leaflets", "problems"), fieldsOf(json));
        JsonNode first = json.path("leaflets").get(0);
        assertEquals(List.of("leaflet", "status", "sourceLanguage", "documents", "outputs", "warnings", "timingsMillis"),
                fieldsOf(first));
        assertEquals(List.of("source", "role", "declaredLanguage", "detectedLanguage", "sections", "paragraphs",
                "warnings", "timingsMillis"), fieldsOf(first.path("documents").get(0)));
        JsonNode second = json.path("leaflets").get(1);
        assertEquals("failed", second.path("status").asText());
        assertEquals("sources/varicelle/fr/varicelle.pdf: truncated", second.path("error").asText());
        assertFalse(first.has("error"), "a built leaflet has no error field");
        assertEquals("unreadable-leaflet", json.path("problems").get(0).path("code").asText());
    }
}
