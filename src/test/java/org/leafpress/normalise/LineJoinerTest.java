package org.leafpress.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line-end hyphens: dropped only where the document shows they split a word. */
class LineJoinerTest {

    private static LineJoiner joinerFor(String... documentLines) {
        return LineJoiner.ofLines(List.of(documentLines));
    }

    @Test
    void aHyphenIsDroppedWhereTheDocumentPrintsTheWordWhole() {
        LineJoiner joiner = joinerFor("the treat-", "ment works", "this treatment helps");
        assertEquals("the treatment works", joiner.join(List.of("the treat-", "ment works")));
    }

    @Test
    void aHyphenIsKeptWhereTheDocumentPrintsTheHyphenatedForm() {
        LineJoiner joiner = joinerFor("normal-", "looking teeth", "a normal-looking smile", "normallooking");
        assertEquals("normal-looking teeth", joiner.join(List.of("normal-", "looking teeth")));
    }

    @Test
    void aHyphenAfterACapitalOrADigitIsKept() {
        LineJoiner joiner = joinerFor("Xlinked", "50per");
        assertEquals("X-linked and 50-per", joiner.join(List.of("X-", "linked and 50-", "per")));
    }

    @Test
    void aHyphenIsKeptWhenTheDocumentDoesNotTell() {
        assertEquals("back-up copy", joinerFor().join(List.of("back-", "up copy")));
    }

    @Test
    void aSoftHyphenIsAlwaysALineBreak() {
        assertEquals("immunoglobulin", joinerFor().join(List.of("immuno\u00ad", "globulin")));
    }

    @Test
    void otherLinesAreJoinedWithASpaceAndADashKeepsItsSpaces() {
        assertEquals("a blood sample – will be needed",
                joinerFor().join(List.of("a blood sample –", "will be", "needed")));
    }
}
