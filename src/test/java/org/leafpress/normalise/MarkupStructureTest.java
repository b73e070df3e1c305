package org.leafpress.normalise;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.TextLine;
import org.leafpress.extract.TextLine.Role;
import org.leafpress.model.Block;
import org.leafpress.model.BulletList;
import org.leafpress.model.Figure;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Provenance;
import org.leafpress.model.SourceRef;

/** The markup rules one at a time, on made-up lines with the roles MarkupReader gives (none of a fixture's words). */
class MarkupStructureTest {

    private final Normaliser normaliser = Normaliser.fromTemplates(Path.of("templates"));

    @Test
    void aDefinitionListIsAListOfTermsAndATermWithTwoDefinitionsKeepsBoth() {
        List<Block> blocks = read(new Lines().add(Role.HEADING_2, "Glossary")
                .add(Role.TERM, "inhaler").add(Role.DEFINITION, "a device that sprays a medicine.")
                .add(Role.TERM, "spacer").add(Role.DEFINITION, "a tube fitted to an inhaler.")
                .add(Role.DEFINITION, "It makes the inhaler easier to use.")).sections().get(0).blocks();
        assertEquals(List.of(new GlossaryTerm("inhaler", "a device that sprays a medicine.", Provenance.lines(2, 3)),
                new GlossaryTerm("spacer", "a tube fitted to an inhaler. It makes the inhaler easier to use.",
                        Provenance.lines(4, 6))), blocks);
    }

    @Test
    void aCaptionTakesTheCreditLineUnderItAndACreditAloneIsAFigureToo() {
        List<Block> blocks = read(new Lines().add(Role.HEADING_2, "Treatment")
                .add(Role.CAPTION, "Using a spacer").add(Role.PARAGRAPH, "Drawing: © A. Artist")
                .add(Role.PARAGRAPH, "Photo: © B. Photographer")).sections().get(0).blocks();
        assertEquals(List.of(new Figure("Using a spacer", "Drawing: © A. Artist", Provenance.lines(2, 3)),
                new Figure("", "Photo: © B. Photographer", Provenance.lines(4, 4))), blocks);
    }

    @Test
    void listItemsInARowAreOneListAndAnAsideIsANote() {
        List<Block> blocks = read(new Lines().add(Role.HEADING_2, "Symptoms")
                .add(Role.LIST_ITEM, "wheezing").add(Role.LIST_ITEM, "coughing").add(Role.PARAGRAPH, "See your nurse.")
                .add(Role.NOTE, "Ask your nurse about your own inhaler.")).sections().get(0).blocks();
        assertAll(
                () -> assertEquals(new BulletList(List.of("wheezing", "coughing"), Provenance.lines(2, 3)), blocks.get(0)),
                () -> assertEquals(new Paragraph("See your nurse.", "", Provenance.lines(4, 4)), blocks.get(1)),
                () -> assertEquals(new Note("Ask your nurse about your own inhaler.", Provenance.lines(5, 5)), blocks.get(2)));
    }

    @Test
    void theTitleOpensTheIntroductionAndImprintLinesFillTheImprintNotTheText() {
        Leaflet leaflet = read(new Lines().add(Role.HEADING_1, "Asthma in adults")
                .add(Role.PARAGRAPH, "Asthma is common.").add(Role.HEADING_2, "Treatment")
                .add(Role.PARAGRAPH, "Take one puff.").add(Role.PARAGRAPH, "Second edition, May 2022")
                .add(Role.PARAGRAPH, "© Asthma Help 2022").add(Role.PARAGRAPH, "Published by Asthma Help"));
        assertAll(
                () -> assertEquals("Asthma in adults", leaflet.title()),
                () -> assertEquals(List.of("introduction", "treatment"),
                        leaflet.sections().stream().map(s -> s.key().value()).toList()),
                () -> assertEquals(1, leaflet.sections().get(1).blocks().size()),
                () -> assertEquals("Second edition", leaflet.edition().label()),
                () -> assertEquals("2022-05", leaflet.edition().date()),
                () -> assertEquals("Asthma Help", leaflet.publisher()),
                () -> assertEquals("© Asthma Help 2022", leaflet.copyright()));
    }

    @Test
    void aHeadingTheVocabularyDoesNotKnowKeepsASlugKeyAndAWarning() {
        Leaflet leaflet = read(new Lines().add(Role.HEADING_2, "Pollen counts").add(Role.PARAGRAPH, "High in June."));
        assertAll(
                () -> assertEquals("pollen-counts", leaflet.sections().get(0).key().value()),
                () -> assertEquals(List.of("unknown-heading"), leaflet.warnings().stream().map(w -> w.code().code()).toList()));
    }

    private Leaflet read(Lines lines) {
        return normaliser.normalise(lines.document(), "made-up", "en");
    }

    /** Lines as MarkupReader gives them: one a block, numbered from 1, with the role their markup gives. */
    private static final class Lines {
        private final List<TextLine> lines = new ArrayList<>();

        Lines add(Role role, String text) {
            lines.add(new TextLine(text, 0, lines.size() + 1, 0, false, false, 0, 0, 0, 0, role));
            return this;
        }

        ExtractedDocument document() {
            return new ExtractedDocument(Path.of("made-up.html"), new SourceRef("made-up.html", "text/html", ""),
                    ExtractedDocument.Kind.MARKUP, lines, Map.of(), List.of());
        }
    }
}
