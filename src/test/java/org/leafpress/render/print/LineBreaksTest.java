package org.leafpress.render.print;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LineBreaksTest {

    @Test
    void frenchElisionIsNeverSplit() {
        assertFalse(LineBreaks.isAllowed("qu’une greffe", 3));
        assertFalse(LineBreaks.isAllowed("l'intestin", 2));
    }

    @Test
    void webAddressIsNotSplitAtItsDots() {
        assertFalse(LineBreaks.isAllowed("www.example.org", 4));
    }

    @Test
    void noBreakSpacesHold() {
        assertFalse(LineBreaks.isAllowed("partielle\u00A0: oui", 10));
        assertFalse(LineBreaks.isAllowed("50\u202F%", 2));
    }

    @Test
    void ordinarySpacesStillBreak() {
        assertTrue(LineBreaks.isAllowed("une greffe", 4));
        assertTrue(LineBreaks.isAllowed("end. Next", 5));
    }
}
