package org.leafpress.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextReaderTest {

    @Test
    void everyKindOfLineEndEndsALineAndLinesAreNumberedFromOne() {
        List<TextLine> lines = PlainTextReader.linesOf("Windows\r\nUnix\nOld Mac\rLast");
        assertEquals(List.of("Windows", "Unix", "Old Mac", "Last"), lines.stream().map(TextLine::text).toList());
        assertEquals(List.of(1, 2, 3, 4), lines.stream().map(TextLine::number).toList());
    }

    @Test
    void blankLinesStayAsEmptyLinesBecauseTheySeparateParagraphs() {
        List<TextLine> lines = PlainTextReader.linesOf("One.\r\n\r\n  \r\nTwo.\r\n");
        assertEquals(List.of("One.", "", "", "Two."), lines.stream().map(TextLine::text).toList());
        assertEquals(4, lines.get(3).number());
    }

    @Test
    void aFinalLineEndDoesNotStartAnotherLine() {
        assertEquals(1, PlainTextReader.linesOf("Only line\n").size());
        assertEquals(2, PlainTextReader.linesOf("Only line\n\n").size());
    }
}
