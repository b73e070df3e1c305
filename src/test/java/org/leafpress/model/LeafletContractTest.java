package org.leafpress.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leafpress.publish.ModelJson;
import org.leafpress.testing.ModelFixtures;

/** The model as other tools rely on it: immutable records and the JSON field names of the contract. */
class LeafletContractTest {

    @Test
    void leafletKeepsItsOwnCopyOfTheListsItIsGiven() {
        Leaflet english = ModelFixtures.english();
        List<Section> sections = new ArrayList<>(english.sections());
        List<Warning> warnings = new ArrayList<>();
        Leaflet copy = english.withSections(sections).withWarnings(warnings);

        sections.clear();
        warnings.add(new Warning(WarningCode.NO_MANIFEST, "added afterwards", ""));

        assertEquals(english.sections(), copy.sections());
        assertEquals(english.warnings(), copy.warnings());
        assertThrows(UnsupportedOperationException.class, () -> copy.sections().clear());
    }

    @Test
    void jsonNamesTheIdLeafletAndKeepsTheContractsFieldOrder() throws Exception {
        Leaflet english = ModelFixtures.english();

        JsonNode json = ModelJson.mapper().readTree(ModelJson.toJson(english));

        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        List<String> contract = List.of("leaflet", "language", "detectedLanguage", "title", "edition", "publisher",
                "copyright", "attribution", "source", "sections", "warnings");
        assertEquals(contract.stream().filter(fields::contains).toList(), fields, "contract order");
        assertEquals(english.id(), json.path("leaflet").asText());
        assertEquals(List.of(), fields.stream().filter(f -> !contract.contains(f)).toList(), "no field outside the contract");
    }

    @Test
    void jsonReadsBackToTheSameLeaflet() throws Exception {
        for (Leaflet leaflet : List.of(ModelFixtures.english(), ModelFixtures.french())) {
            String json = ModelJson.toJson(leaflet);
            Leaflet back = ModelJson.mapper().readValue(json, Leaflet.class);
            assertEquals(leaflet, back, leaflet.id() + " " + leaflet.language());
            assertEquals(json, ModelJson.toJson(back), "written again, byte for byte");
        }
    }

    @Test
    void everyWarningCodeIsWrittenInKebabCaseAndReadBack() throws Exception {
        for (WarningCode code : WarningCode.values()) {
            String json = ModelJson.mapper().writeValueAsString(code);
            assertEquals('"' + code.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + '"', json);
            assertEquals(code, ModelJson.mapper().readValue(json, WarningCode.class));
        }
    }
}
