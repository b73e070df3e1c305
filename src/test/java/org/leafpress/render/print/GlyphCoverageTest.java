package org.leafpress.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.leafpress.model.Block;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Section;
import org.leafpress.render.Publication;
import org.leafpress.render.check.PrintCheckException;
import org.leafpress.render.check.PrintFinding;
import org.leafpress.testing.ModelFixtures;
import org.leafpress.testing.Project;

class GlyphCoverageTest {

    /** DEVANAGARI LETTER KA: Carlito, the bundled family, has no Devanagari. */
    private static final String KA = "\u0915";

    @Test
    void aCharacterTheFontLacksFailsTheBuildNamingItsCodePointAndWhereItIs() {
        Leaflet english = ModelFixtures.english();
        Leaflet changed = english.withSections(replaceParagraph(english, "causes", 1,
                "NEMO deficiency is caused by a change (mutation) in the IKBKG " + KA + " gene."));
        PrintCheckException e = assertThrows(PrintCheckException.class,
                () -> Project.printRenderer().renderPdf(Publication.of(changed)));
        assertEquals(1, e.findings().size(), e.getMessage());
        PrintFinding finding = e.findings().get(0);
        assertEquals("glyphs", finding.check());
        assertEquals("section 'causes' (What causes it?), paragraph 2", finding.where());
        assertTrue(finding.message().startsWith("'" + KA + "' (U+0915 DEVANAGARI LETTER KA) has no glyph in Carlito"),
                finding.message());
        assertTrue(finding.message().contains("IKBKG " + KA + " gene"), "the words around it: " + finding.message());
        assertTrue(e.getMessage().startsWith("nemo-deficiency-syndrome/en: check 'glyphs' failed"), e.getMessage());
    }

    @Test
    void eachMissingCharacterIsReportedOnceWhereverItIs() {
        Leaflet english = ModelFixtures.english();
        List<Section> sections = new ArrayList<>(english.sections());
        Section glossary = sections.stream().filter(s -> s.key().value().equals("glossary")).findFirst().orElseThrow();
        List<Block> terms = new ArrayList<>(glossary.blocks());
        GlossaryTerm first = (GlossaryTerm) terms.get(0);
        terms.set(0, new GlossaryTerm(first.term(), first.definition() + " 漢 " + KA, first.from()));
        sections.set(sections.indexOf(glossary), glossary.withBlocks(terms));
        Leaflet changed = new Leaflet(english.id(), "en", null, english.title() + " " + KA, english.edition(),
                english.publisher(), english.copyright(), "", english.source(), sections, List.of());
        PrintCheckException e = assertThrows(PrintCheckException.class,
                () -> Project.printRenderer().renderPdf(Publication.of(changed)));
        assertEquals(List.of("the title", "section 'glossary' (Glossary), glossary term 1 (autoimmune), its definition"),
                e.findings().stream().map(PrintFinding::where).toList());
        assertTrue(e.findings().get(1).message().startsWith("'漢' (U+6F22 CJK UNIFIED IDEOGRAPHS 6F22)"),
                e.findings().get(1).message());
    }

    @Test
    void everyCharacterOfTheSeedTextsAndUiStringsHasAGlyph() {
        GlyphCoverage coverage = GlyphCoverage.of(List.of(
                Project.TEMPLATES.resolve("fonts/Carlito-Bold.ttf"), Project.TEMPLATES.resolve("fonts/Carlito-Regular.ttf")),
                NoBreakSpaces.forFonts(List.of(Project.TEMPLATES.resolve("fonts/Carlito-Regular.ttf"))));
        assertEquals(List.of(), coverage.check(Publication.of(ModelFixtures.english()), Project.STRINGS.in("en")));
        assertEquals(List.of(), coverage.check(
                Typography.in(Project.TEMPLATES).applyTo(Publication.of(ModelFixtures.french())), Project.STRINGS.in("fr")),
                "French, no-break spaces included");
    }

    private static List<Section> replaceParagraph(Leaflet leaflet, String key, int index, String text) {
        List<Section> sections = new ArrayList<>();
        for (Section s : leaflet.sections()) {
            if (!s.key().value().equals(key)) {
                sections.add(s);
                continue;
            }
            List<Block> blocks = new ArrayList<>(s.blocks());
            int seen = -1;
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Paragraph p && ++seen == index) {
                    blocks.set(i, new Paragraph(text, p.language(), p.from()));
                }
            }
            sections.add(s.withBlocks(blocks));
        }
        return sections;
    }
}
