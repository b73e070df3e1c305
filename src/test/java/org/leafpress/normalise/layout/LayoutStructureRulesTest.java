package org.leafpress.normalise.layout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.leafpress.testing.ModelFacts.codes;
import static org.leafpress.testing.ModelFacts.keys;
import static org.leafpress.testing.ModelFacts.texts;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.leafpress.extract.TextLine;
import org.leafpress.model.Block;
import org.leafpress.model.BulletList;
import org.leafpress.model.Figure;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.normalise.HeadingVocabulary;
import org.leafpress.normalise.PageFurniture;
import org.leafpress.normalise.StructureContext;

/** The layout rules one at a time, on made-up leaflets (none of the bundled leaflet's words). */
class LayoutStructureRulesTest {

    private static final HeadingVocabulary HEADINGS = HeadingVocabulary.load(Path.of("templates/vocabulary/sections.yaml"));
    private static final PageFurniture FURNITURE = PageFurniture.load(Path.of("templates/vocabulary/furniture.yaml"));

    @Test
    void aHeadingNoVocabularyKnowsKeepsAKeyMadeOfItsWordsAndIsWarned() {
        Leaflet leaflet = read(new LayoutLines().page()
                .heading("Pollen counts").paragraph("Counts are highest on warm, dry days.", "Rain lowers them."));
        assertAll(
                () -> assertEquals(List.of("pollen-counts"), keys(leaflet)),
                () -> assertEquals(List.of("unknown-heading"), codes(leaflet)));
    }

    @Test
    void aHeadingBrokenOverTwoLinesIsOneHeading() {
        Leaflet leaflet = read(new LayoutLines().page()
                .heading("What are the", "symptoms?").paragraph("Wheezing and a tight chest."));
        assertEquals("What are the symptoms?", leaflet.sections().get(0).heading());
        assertEquals(List.of("symptoms"), keys(leaflet));
    }

    @Test
    void contentsEntriesAndHeadingsThatDoNotMatchAreWarnedEitherWay() {
        Leaflet leaflet = read(new LayoutLines().page()
                .heading("Contents").contents("Overview", 2).contents("Treatment", 2).contents("Outlook", 3)
                .page().heading("Overview").paragraph("An overview.")
                .heading("Treatment").paragraph("A treatment.")
                .page().heading("Support").paragraph("Support is at hand."));
        List<String> messages = leaflet.warnings().stream().filter(w -> w.code() == WarningCode.CONTENTS_MISMATCH)
                .map(Warning::message).toList();
        assertAll(
                () -> assertEquals(2, messages.size(), messages::toString),
                () -> assertTrue(messages.get(0).contains("\"Outlook\"")),
                () -> assertTrue(messages.get(1).contains("\"Support\"")),
                () -> assertEquals(List.of("overview", "treatment", "support"), keys(leaflet)));
    }

    @Test
    void aParagraphGoesOnIntoTheNextColumnUntilItHasEndedASentence() {
        Leaflet leaflet = read(new LayoutLines().page()
                .heading("Treatment").paragraph("Shake the inhaler and", "breathe out before")
                .column(1).paragraph("pressing it once.", "Hold your breath.")
                .page().paragraph("Rinse your mouth after a steroid inhaler."));
        assertEquals(List.of("Shake the inhaler and breathe out before pressing it once. Hold your breath.",
                "Rinse your mouth after a steroid inhaler."), texts(leaflet.sections().get(0)));
    }

    @Test
    void aFigureInsideAParagraphFollowsTheParagraphItInterrupts() {
        Leaflet leaflet = read(new LayoutLines().page()
                .heading("Treatment").paragraph("A spacer makes the inhaler")
                .smallPrint(15, 9, true, "Using a spacer").smallPrint(20, 7.5f, false, "Drawing: A. Artist")
                .paragraph("easier to use.").paragraph("Clean it every week."));
        List<Block> blocks = leaflet.sections().get(0).blocks();
        assertAll(
                () -> assertEquals("A spacer makes the inhaler easier to use.", ((Paragraph) blocks.get(0)).text()),
                () -> assertEquals(new Figure("Using a spacer", "Drawing: A. Artist", blocks.get(1).from()),
                        blocks.get(1)),
                () -> assertEquals("Clean it every week.", ((Paragraph) blocks.get(2)).text()));
    }

    @Test
    void paragraphsMostlyOpeningInBoldAreTermsWhileOneBoldOpeningIsEmphasis() {
        Leaflet leaflet = read(new LayoutLines().page()
                .heading("Treatment").term("Important:", "never share an inhaler.").paragraph("Keep it clean.")
                .heading("Glossary").term("inhaler", "a device that", "sprays a medicine.")
                .term("spacer", "a tube fitted to an inhaler."));
        List<Block> treatment = leaflet.sections().get(0).blocks();
        List<Block> terms = leaflet.sections().get(1).blocks();
        assertAll(
                () -> assertEquals("Important: never share an inhaler.", ((Paragraph) treatment.get(0)).text()),
                () -> assertEquals("inhaler", ((GlossaryTerm) terms.get(0)).term()),
                () -> assertEquals("a device that sprays a medicine.", ((GlossaryTerm) terms.get(0)).definition()),
                () -> assertInstanceOf(GlossaryTerm.class, terms.get(1)));
    }

    @Test
    void textBeforeTheFirstHeadingIsUnassignedWithoutFuss() {
        Leaflet leaflet = read(new LayoutLines().page().paragraph("Read this first.").heading("Treatment")
                .paragraph("Take one puff."));
        assertAll(
                () -> assertEquals(List.of("unassigned", "treatment"), keys(leaflet)),
                () -> assertEquals(List.of(), codes(leaflet)));
    }

    @Test
    void textLeftAfterAContentsListIsUnassignedAndWarned() {
        Leaflet leaflet = read(new LayoutLines().page().heading("Treatment").paragraph("Take one puff.")
                .heading("Contents").contents("Treatment", 1).contents("Outlook", 2).contents("Support", 3)
                .paragraph("A stray paragraph."));
        assertAll(
                () -> assertEquals(List.of("treatment", "unassigned"), keys(leaflet)),
                () -> assertTrue(codes(leaflet).contains("text-outside-sections")));
    }

    @Test
    void withoutACoverADisplayLineHeadingThePageIsTheTitleAndTheTextUnderItTheIntroduction() {
        Leaflet leaflet = read(new LayoutLines().page().cover("Living with asthma")
                .paragraph("Asthma is common and can be controlled.", "Most people lead a full life.")
                .heading("Treatment").paragraph("Take one puff."));
        assertAll(
                () -> assertEquals("Living with asthma", leaflet.title()),
                () -> assertEquals(List.of("introduction", "treatment"), keys(leaflet)),
                () -> assertEquals(List.of(), codes(leaflet)));
    }

    @Test
    void aParagraphTheFurnitureVocabularyCallsANoteBecomesANote() {
        Leaflet leaflet = read(new LayoutLines().page().heading("Treatment").paragraph("Take one puff.")
                .paragraph("This leaflet contains general information and", "is no substitute for advice."));
        Block last = leaflet.sections().get(0).blocks().get(1);
        assertEquals(new Note("This leaflet contains general information and is no substitute for advice.",
                last.from()), last);
    }

    @Test
    void aRuledPageGivesNoSectionAndTheLastPageWithoutAHeadingIsTheBackCover() {
        Leaflet leaflet = read(new LayoutLines().page().cover("Living with asthma")
                .page().heading("Treatment").paragraph("Take one puff.")
                .page().heading("Notes")
                .page().paragraph("We are a charity.").paragraph("Please support us."));
        assertAll(
                () -> assertEquals("Living with asthma", leaflet.title()),
                () -> assertEquals(List.of("treatment", "about-publisher"), keys(leaflet)),
                () -> assertEquals("", leaflet.sections().get(1).heading()),
                () -> assertEquals(List.of("We are a charity.", "Please support us."), texts(leaflet.sections().get(1))));
    }

    @Test
    void aLastPageWithoutAHeadingIsABackCoverWhenSetInAnotherSize() {
        LayoutLines pages = new LayoutLines().page().heading("Treatment")
                .paragraph("Take one puff in the morning and one at night,", "with the spacer, and rinse your mouth",
                        "afterwards; see your nurse every year.").page();
        pages.smallPrint(0, 11, false, "We are a charity.").smallPrint(0, 11, false, "Please support us.");
        Leaflet leaflet = read(pages);
        assertEquals(List.of("treatment", "about-publisher"), keys(leaflet));
    }

    @Test
    void aFooterRepeatedOnMostPagesIsDroppedWhateverItsPageNumber() {
        LayoutLines pages = new LayoutLines();
        for (int p = 1; p <= 4; p++) {
            pages.page().heading(p == 1 ? "Treatment" : "Outlook").paragraph("Text of page " + p + ".")
                    .footer("Living with asthma \u00b7 page " + p);
        }
        Leaflet leaflet = read(pages);
        assertTrue(leaflet.sections().stream().flatMap(s -> s.blocks().stream())
                .noneMatch(b -> b.plainText().contains("Living with asthma")));
    }

    @Test
    void aRunningHeadOnBothPagesOfATwoPageLeafletIsDropped() {
        LayoutLines pages = new LayoutLines();
        pages.page().smallPrint(0, 8, false, "Asthma handbook").heading("Treatment")
                .paragraph("Take one puff in the morning and one at night.");
        pages.page().smallPrint(0, 8, false, "Asthma handbook").heading("Outlook")
                .paragraph("Most people lead a full life with asthma.");
        assertTrue(read(pages).sections().stream().flatMap(s -> s.blocks().stream())
                .noneMatch(b -> b.plainText().contains("handbook")));
    }

    @Test
    void anImprintInFrenchGivesTheEditionDateAsYearAndMonth() {
        Leaflet leaflet = read(new LayoutLines().page().heading("Traitement")
                .paragraph("Une bouffée matin et soir, avec la chambre d’inhalation,", "puis rincer la bouche.")
                .smallPrint(0, 8.5f, false, "Première édition mars 2021")
                .smallPrint(0, 8.5f, false, "Publié par Asthme France"), "fr");
        assertAll(
                () -> assertEquals("Première édition", leaflet.edition().label()),
                () -> assertEquals("2021-03", leaflet.edition().date()),
                () -> assertEquals("Asthme France", leaflet.publisher()),
                () -> assertEquals(List.of("Une bouffée matin et soir, avec la chambre d’inhalation, puis rincer la "
                        + "bouche."), texts(leaflet.sections().get(0))));
    }

    @Test
    void bulletedLinesAreOneListWhoseItemsTakeTheLinesHungUnderThem() {
        UnaryOperator<LayoutLines> leaflet = pages -> pages.page().heading("Symptoms")
                .paragraph("The most common signs are:").item("wheezing")
                .item("a tight chest that is worse", "at night").item("coughing").paragraph("See your nurse.");
        for (LayoutLines pages : List.of(leaflet.apply(new LayoutLines()), leaflet.apply(new LayoutLines().tagged()))) {
            List<Block> blocks = read(pages).sections().get(0).blocks();
            assertAll(
                    () -> assertEquals(3, blocks.size(), blocks::toString),
                    () -> assertEquals(List.of("wheezing", "a tight chest that is worse at night", "coughing"),
                            ((BulletList) blocks.get(1)).items()),
                    () -> assertEquals("See your nurse.", ((Paragraph) blocks.get(2)).text()));
        }
    }

    @Test
    void aDashOpeningALineOfRunningTextStartsNoList() {
        Leaflet leaflet = read(new LayoutLines().page().heading("Treatment")
                .paragraph("Press the inhaler once", "\u2013 that is, one puff \u2013 and wait.", "Then press again."));
        assertEquals(List.of("Press the inhaler once \u2013 that is, one puff \u2013 and wait. Then press again."),
                texts(leaflet.sections().get(0)));
    }

    @Test
    void boldTermsSetAboveTheirIndentedDefinitionsAreAListOfTerms() {
        UnaryOperator<LayoutLines> leaflet = pages -> pages.page().heading("Useful words")
                .boldLine(TextLine.Role.PARAGRAPH, "inhaler").indented("a device that sprays", "a medicine.")
                .boldLine(TextLine.Role.PARAGRAPH, "spacer").indented("a tube fitted to an inhaler.");
        for (LayoutLines pages : List.of(leaflet.apply(new LayoutLines()), leaflet.apply(new LayoutLines().tagged()))) {
            List<Block> blocks = read(pages).sections().get(0).blocks();
            assertEquals(List.of(new GlossaryTerm("inhaler", "a device that sprays a medicine.", blocks.get(0).from()),
                    new GlossaryTerm("spacer", "a tube fitted to an inhaler.", blocks.get(1).from())), blocks);
        }
    }

    @Test
    void oneBoldLineAboveAParagraphIsEmphasisNotATerm() {
        Leaflet leaflet = read(new LayoutLines().tagged().page().heading("Treatment").paragraph("Take one puff.")
                .boldLine(TextLine.Role.PARAGRAPH, "Important").indented("never share an inhaler."));
        assertEquals(List.of("Take one puff.", "Important", "never share an inhaler."), texts(leaflet.sections().get(0)));
    }

    @Test
    void anImprintLineWrappedInANarrowColumnIsReadWhole() {
        Leaflet leaflet = read(new LayoutLines().page().heading("Treatment")
                .paragraph("Take one puff in the morning and one at night, with the spacer, and rinse",
                        "your mouth afterwards; see your nurse once a year to check how you use it.")
                .smallPrint(0, 7, false, "Published by Asthma Help (www.asthma-")
                .smallPrint(0, 7, false, "help.example)"));
        assertAll(
                () -> assertEquals("Asthma Help", leaflet.publisher()),
                () -> assertEquals(List.of(), codes(leaflet)));
    }

    @Test
    void paragraphsSetWithAFirstLineIndentAndNoSpaceAreToldApartByTheIndent() {
        Leaflet leaflet = read(new LayoutLines().page().heading("Treatment")
                .indentedParagraph("Take one puff in the morning and one", "at night, with the spacer.")
                .indentedParagraph("Rinse your mouth after a steroid", "inhaler, and spit the water out.")
                .indentedParagraph("See your nurse once a year to check", "how you use the inhaler.")
                .indentedParagraph("Keep a spare inhaler at work and", "another in your bag."));
        assertEquals(List.of("Take one puff in the morning and one at night, with the spacer.",
                "Rinse your mouth after a steroid inhaler, and spit the water out.",
                "See your nurse once a year to check how you use the inhaler.",
                "Keep a spare inhaler at work and another in your bag."), texts(leaflet.sections().get(0)));
    }

    @Test
    void numberedLinesIndentedFromTheEdgeAreAListEvenWithASpaceAfterTheNumber() {
        Leaflet leaflet = read(new LayoutLines().page().heading("Treatment").paragraph("At home:")
                .numbered(1, "Rest the joint.").numbered(2, "Cool it with ice.").paragraph("Then see your doctor."));
        List<Block> blocks = leaflet.sections().get(0).blocks();
        assertEquals(List.of("Rest the joint.", "Cool it with ice."), ((BulletList) blocks.get(1)).items());
    }

    @Test
    void aTermInItalicsSetOffByADashIsATermLikeABoldOne() {
        Leaflet leaflet = read(new LayoutLines().page().heading("Key terms")
                .italicTerm("inhaler", "a device that sprays a medicine.")
                .italicTerm("spacer", "a tube fitted to an inhaler."));
        List<Block> blocks = leaflet.sections().get(0).blocks();
        assertEquals(new GlossaryTerm("spacer", "a tube fitted to an inhaler.", blocks.get(1).from()), blocks.get(1));
    }

    @Test
    void aDisclaimerSetASizeAboveTheImprintIsANoteNotPartOfTheImprint() {
        Leaflet leaflet = read(new LayoutLines().page().heading("Treatment")
                .paragraph("Take one puff in the morning and one at night, with the spacer, and rinse",
                        "your mouth afterwards; see your nurse once a year to check how you use it.")
                .smallPrint(0, 9, false, "This leaflet contains general information only.")
                .smallPrint(0, 7, false, "Second edition, May 2022").smallPrint(0, 7, false, "Published by Asthma Help"));
        List<Block> blocks = leaflet.sections().get(0).blocks();
        assertAll(
                () -> assertEquals(new Note("This leaflet contains general information only.", blocks.get(1).from()),
                        blocks.get(1)),
                () -> assertEquals("Asthma Help", leaflet.publisher()),
                () -> assertEquals(List.of(), codes(leaflet)));
    }

    private static Leaflet read(LayoutLines lines) {
        return read(lines, "en");
    }

    private static Leaflet read(LayoutLines lines, String language) {
        return new LayoutStructure().read(lines.document(),
                new StructureContext("made-up", language, HEADINGS, FURNITURE));
    }
}
