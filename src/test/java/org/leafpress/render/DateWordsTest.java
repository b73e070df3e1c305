package org.leafpress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leafpress.model.Edition;
import org.leafpress.testing.Project;

class DateWordsTest {

    @Test
    void editionDatesReadAsWordsInTheLeafletsLanguage() {
        LocalStrings en = Project.STRINGS.in("en");
        LocalStrings fr = Project.STRINGS.in("fr");
        assertEquals("February 2019", DateWords.of("2019-02", en));
        assertEquals("février 2019", DateWords.of("2019-02", fr));
        assertEquals("1er février 2019", DateWords.of("2019-02-01", fr));
        assertEquals("15 August 2021", DateWords.of("2021-08-15", en));
        assertEquals("2019", DateWords.of("2019", en));
        assertEquals("spring 2019", DateWords.of("spring 2019", en), "an unknown form is kept as written");
        assertEquals("", DateWords.of("", en));
    }

    @Test
    void buildTimestampIsSourceDateEpochElseTheEditionElseTheEpoch() {
        Edition edition = new Edition("First edition", "2019-02");
        assertEquals(Instant.parse("2019-02-01T00:00:00Z"), BuildTimestamp.of(edition, Map.of()));
        assertEquals(Instant.ofEpochSecond(1_600_000_000L),
                BuildTimestamp.of(edition, Map.of("SOURCE_DATE_EPOCH", "1600000000")));
        assertEquals(Instant.parse("2019-01-01T00:00:00Z"), BuildTimestamp.of(new Edition("", "2019"), Map.of()));
        assertEquals(Instant.EPOCH, BuildTimestamp.of(Edition.UNKNOWN, Map.of("SOURCE_DATE_EPOCH", "soon")));
    }
}
