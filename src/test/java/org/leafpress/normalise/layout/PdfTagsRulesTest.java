package org.leafpress.normalise.layout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leafpress.testing.ModelFacts.codes;
import static org.leafpress.testing.ModelFacts.keys;
import static org.leafpress.testing.ModelFacts.texts;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.leafpress.extract.TextLine;
import org.leafpress.model.Leaflet;
import org.leafpress.normalise.HeadingVocabulary;
import org.leafpress.normalise.PageFurniture;
import org.leafpress.normalise.StructureContext;

/** What a tagged PDF's structure tree adds to the layout, and when it is set aside (made-up leaflets). */
class PdfTagsRulesTest {

    private static final HeadingVocabulary HEADINGS = HeadingVocabulary.load(Path.of("templates/vocabulary/sections.yaml"));
    private static final PageFurniture FURNITURE = PageFurniture.load(Path.of("templates/vocabulary/furniture.yaml"));

    /** Two paragraphs with no space between them, which only the tags tell apart. */
    private static final UnaryOperator<LayoutLines> BOOK_SET = pages -> pages.page().heading("Treatment")
            .paragraph("Take one puff in the morning", "and one at night.")
            .closeParagraph("Rinse your mouth after a", "steroid inhaler.");

    @Test
    void paragraphsSetWithNoSpaceBetweenThemAreToldApartByTheTree() {
        Leaflet untagged = read(BOOK_SET.apply(new LayoutLines()));
        Leaflet tagged = read(BOOK_SET.apply(new LayoutLines().tagged()));
        assertAll(
                () -> assertEquals(List.of("Take one puff in the morning and one at night. Rinse your mouth after a "
                        + "steroid inhaler."), texts(untagged.sections().get(0))),
                () -> assertEquals(List.of("Take one puff in the morning and one at night.",
                        "Rinse your mouth after a steroid inhaler."), texts(tagged.sections().get(0))),
                () -> assertEquals(List.of(), codes(tagged)));
    }

    @Test
    void aBoldHeadingAtTheTextSizeIsAHeadingOnlyWhereTheTreeTagsIt() {
        UnaryOperator<LayoutLines> leaflet = pages -> pages.page().heading("Treatment")
                .paragraph("Take one puff in the morning.")
                .boldLine(TextLine.Role.HEADING_3, "Symptoms").paragraph("Wheezing and a tight chest.");
        assertAll(
                () -> assertEquals(List.of("treatment"), keys(read(leaflet.apply(new LayoutLines())))),
                () -> assertEquals(List.of("treatment", "symptoms"), keys(read(leaflet.apply(new LayoutLines().tagged())))));
    }

    @Test
    void aTitleOrContentsHeadingTaggedAsAPlainParagraphIsStillAHeadingByItsType() {
        Leaflet leaflet = read(new LayoutLines().tagged().page().heading("Treatment").paragraph("Take one puff.")
                .boldLine(TextLine.Role.PARAGRAPH, "Symptoms").paragraph("Wheezing."));
        // The bold line is at the text size and tagged P: nothing says heading, so it opens a paragraph.
        assertEquals(List.of("treatment"), keys(leaflet));
        Leaflet bigger = read(new LayoutLines().tagged().page().heading("Treatment").paragraph("Take one puff.")
                .heading("Outlook").paragraph("Good."));
        assertEquals(List.of("treatment", "outlook"), keys(bigger));
    }

    @Test
    void aTreeThatTagsEveryLineAsAParagraphIsSetAsideWithAWarning() {
        LayoutLines careless = BOOK_SET.apply(new LayoutLines().taggedLineByLine())
                .paragraph("Shake the inhaler and", "breathe out before", "pressing it once.");
        Leaflet leaflet = read(careless);
        Leaflet untagged = read(BOOK_SET.apply(new LayoutLines())
                .paragraph("Shake the inhaler and", "breathe out before", "pressing it once."));
        assertAll(
                () -> assertEquals(texts(untagged.sections().get(0)), texts(leaflet.sections().get(0))),
                () -> assertEquals(List.of("pdf-tags-set-aside"), codes(leaflet)),
                () -> assertTrue(leaflet.warnings().get(0).message().contains("paragraphs were read from the layout")));
    }

    @Test
    void aTreeThatTagsRunningTextAsAHeadingIsNotBelievedOnHeadings() {
        Leaflet leaflet = read(new LayoutLines().tagged().page().heading("Treatment")
                .paragraph("Take one puff in the morning.").paragraph("Symptoms", "come back at night.")
                .retag(TextLine.Role.HEADING_2));
        assertAll(
                () -> assertEquals(List.of("treatment"), keys(leaflet)),
                () -> assertEquals(List.of("pdf-tags-set-aside"), codes(leaflet)),
                () -> assertTrue(leaflet.warnings().get(0).message().contains("headings were read from the layout")));
    }

    private static Leaflet read(LayoutLines lines) {
        return new LayoutStructure().read(lines.document(), new StructureContext("made-up", "en", HEADINGS, FURNITURE));
    }
}
