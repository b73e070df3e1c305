package org.leafpress.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordDiffTest {

    private static WordChange same(String text) {
        return new WordChange(WordChange.Op.SAME, text);
    }

    private static WordChange added(String text) {
        return new WordChange(WordChange.Op.ADDED, text);
    }

    private static WordChange removed(String text) {
        return new WordChange(WordChange.Op.REMOVED, text);
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        assertEquals(List.of(same("Live vaccines"), removed("should not"), added("must never"), same("be given.")),
                WordDiff.between("Live vaccines should not be given.", "Live vaccines must never be given."));
    }

    @Test
    void wordsAddedInTheMiddleKeepWhatSurroundsThem() {
        assertEquals(List.of(same("treated with steroid"), added("or biological"), same("medicines")),
                WordDiff.between("treated with steroid medicines", "treated with steroid or biological medicines"));
    }

    @Test
    void spacingAndLineBreaksAreNotChanges() {
        assertEquals(List.of(same("one two three")), WordDiff.between("one  two\nthree", "one two three"));
    }

    @Test
    void fromNothingEverythingIsAdded() {
        assertEquals(List.of(added("new text")), WordDiff.between("", "new text"));
    }
}
