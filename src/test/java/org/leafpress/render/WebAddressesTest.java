package org.leafpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebAddressesTest {

    @Test
    void addressAtTheEndOfASentenceLinksWithoutTheFullStop() {
        assertEquals(List.of(
                Map.of("text", "visit our website at ", "href", ""),
                Map.of("text", "www.immunodeficiencyuk.org", "href", "https://www.immunodeficiencyuk.org"),
                Map.of("text", ".", "href", "")),
                WebAddresses.runsOf("visit our website at www.immunodeficiencyuk.org."));
    }

    @Test
    void pathsAndMailAddressesLinkToo() {
        assertEquals("https://www.immunodeficiencyuk.org/donate",
                WebAddresses.runsOf("please go to www.immunodeficiencyuk.org/donate").get(1).get("href"));
        assertEquals("mailto:info@example.org", WebAddresses.runsOf("write to info@example.org today").get(1).get("href"));
    }

    @Test
    void textWithoutAddressesIsOneRun() {
        assertEquals(List.of(Map.of("text", "No address here.", "href", "")), WebAddresses.runsOf("No address here."));
        assertEquals(List.of(Map.of("text", "", "href", "")), WebAddresses.runsOf(""));
    }
}
