package org.leafpress.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.leafpress.model.PrintOptions;
import org.leafpress.model.Section;
import org.leafpress.render.LeafletView;
import org.leafpress.render.Publication;
import org.leafpress.render.check.PdfCheck;
import org.leafpress.render.check.PdfExpectations;
import org.leafpress.testing.BuiltModels;
import org.leafpress.testing.PdfText;
import org.leafpress.testing.Project;

/**
 * The bundled leaflets as the build models them, printed with every output: each passes every
 * check (the renderer throws if one does not) and says what its model says.
 */
class PrintOnBuiltModelsTest {

    private static final PrintOptions EVERYTHING = PrintOptions.DEFAULTS.withBleedMaster(true).withBooklet(true);

    @Test
    void englishFromTheDesignersPdfPassesEveryCheckInEveryOutput() {
        Publication english = BuiltModels.nemo("en");
        PrintedLeaflet printed = Project.printRenderer().render(english, EVERYTHING);
        assertEquals(8, printed.pdf().pageCount());
        List<String> headings = english.leaflet().sections().stream()
                .filter(s -> !s.key().equals(LeafletView.ABOUT) && !s.key().equals(LeafletView.ABOUT_PUBLISHER))
                .map(Section::heading).filter(h -> !h.isEmpty()).toList();
        assertEquals(List.of(), PdfCheck.check(printed.pdf().bytes(), PdfExpectations.leaflet("en.pdf", "en", headings,
                Project.printRenderer().pageSizes().get(0).plainBoxes(), 4)));
        List<String> pages = PdfText.pagesOf(printed.pdf().bytes());
        assertTrue(pages.get(0).contains("Great Ormond Street Hospital"), "the manifest's partners on the cover");
        assertTrue(PdfText.hasLine(pages.get(6), "Notes"), "a Notes page makes up the eighth, as in the original");
    }

    @Test
    void frenchFromTheTranslatorsTextPassesEveryCheckWithFrenchLabels() {
        PrintedLeaflet partial = Project.printRenderer().render(BuiltModels.nemo("fr"), EVERYTHING);
        List<String> pages = PdfText.pagesOf(partial.pdf().bytes());
        assertEquals(4, pages.size());
        String insideCover = pages.get(1).replace('\u202F', ' ');
        assertTrue(insideCover.contains("Cette traduction est partielle : certaines sections"), insideCover);
        assertTrue(insideCover.contains("février 2019") && insideCover.contains("Publié par Immunodeficiency UK"),
                insideCover);

        // Filed under its section, as the parity stage files it: a French contents list and heading.
        PrintedLeaflet filed = Project.printRenderer().render(BuiltModels.filedUnder(BuiltModels.nemo("fr"), "treatment"),
                EVERYTHING);
        List<String> filedPages = PdfText.pagesOf(filed.pdf().bytes());
        assertTrue(PdfText.hasLine(filedPages.get(1), "Sommaire"), filedPages.get(1));
        assertTrue(filedPages.get(1).matches("(?s).*Traitement \\.{3,}.* 3.*"), "contents entry: " + filedPages.get(1));
        assertTrue(PdfText.hasLine(filedPages.get(2), "Traitement"), filedPages.get(2));
    }

    @Test
    void partnersWebPageShowsItsAttributionInTheImprint() {
        PrintedLeaflet idf = Project.printRenderer().render(BuiltModels.idf(), EVERYTHING);
        String insideCover = PdfText.pagesOf(idf.pdf().bytes()).get(1);
        assertTrue(insideCover.replaceAll("\\s+", " ").contains(
                "Adapted from the IDF Patient & Family Handbook for Primary Immunodeficiency Diseases, Sixth Edition"),
                insideCover);
        assertTrue(insideCover.contains("Copyright ©2019 by Immune Deficiency Foundation, USA"), insideCover);
    }
}
