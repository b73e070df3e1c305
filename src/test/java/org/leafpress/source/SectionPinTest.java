package org.leafpress.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.leafpress.model.SectionKey;

class SectionPinTest {

    @Test
    void aDocumentPinCoversTheWholeDocument() {
        SectionPin pin = SectionPin.parse("fr/traitement.txt", "treatment");
        assertEquals(new SectionPin("fr/traitement.txt", 0, new SectionKey("treatment")), pin);
        assertTrue(pin.isWholeDocument());
        assertTrue(pin.names("sources/nemo-deficiency-syndrome/fr/traitement.txt"));
        assertFalse(pin.names("sources/nemo-deficiency-syndrome/fr/autre-traitement.txt"));
    }

    @Test
    void aParagraphPinNamesItsNumber() {
        assertEquals(new SectionPin("fr/traitement.txt", 3, new SectionKey("support")),
                SectionPin.parse("fr/traitement.txt#3", "support"));
    }

    @Test
    void aMalformedPinSaysWhatIsWrong() {
        IllegalArgumentException badKey = assertThrows(IllegalArgumentException.class,
                () -> SectionPin.parse("fr/traitement.txt", "Treatment!"));
        assertTrue(badKey.getMessage().contains("is not a section key"), badKey.getMessage());
        IllegalArgumentException badNumber = assertThrows(IllegalArgumentException.class,
                () -> SectionPin.parse("fr/traitement.txt#0", "treatment"));
        assertTrue(badNumber.getMessage().contains("1 for the first"), badNumber.getMessage());
    }
}
