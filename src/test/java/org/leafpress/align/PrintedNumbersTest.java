package org.leafpress.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PrintedNumbersTest {

    @Test
    void thousandsAgreeHoweverTheyAreGrouped() {
        assertEquals(Set.of("1000"), PrintedNumbers.in("1,000 people"));
        assertEquals(Set.of("1000"), PrintedNumbers.in("1 000 personnes"));
        assertEquals(Set.of("1000"), PrintedNumbers.in("1000 personnes"));
    }

    @Test
    void decimalsAgreeWithAPointOrAComma() {
        assertEquals(Set.of("0.5"), PrintedNumbers.in("0.5 mg"));
        assertEquals(Set.of("0.5"), PrintedNumbers.in("0,5 mg"));
    }

    @Test
    void aPercentageIsItsNumberHoweverPercentIsWritten() {
        assertEquals(PrintedNumbers.in("a 50 per cent chance"), PrintedNumbers.in("une chance sur deux (50 %)"));
        assertEquals(Set.of("50"), PrintedNumbers.in("50%"));
    }

    @Test
    void aPhoneNumberIsItsDigitsHoweverItIsGrouped() {
        assertEquals(Set.of("08009878986"), PrintedNumbers.in("Call our helpline on 0800 987 8986 or visit"));
        assertEquals(Set.of("08009878986"), PrintedNumbers.in("appelez le 08 00 98 78 98 6."));
        assertEquals(Set.of("441234567890"), PrintedNumbers.in("+44 1234 567 890"));
    }

    @Test
    void aSentencesFullStopAndDigitsInsideAWordAreNotNumbers() {
        assertEquals(Set.of("6"), PrintedNumbers.in("for at least 6. Then IgG1 and HLA-DQ2 are tested"));
    }
}
