package org.leafpress.render.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.leafpress.model.Block;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Provenance;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.render.Publication;
import org.leafpress.render.RenderException;
import org.leafpress.testing.ModelFixtures;
import org.leafpress.testing.Project;

class TypographyTest {

    private static final char NBSP = '\u00A0';
    private static final char NNBSP = '\u202F';

    private final Typography rules = Typography.in(Project.TEMPLATES);

    @Test
    void frenchColonTakesANoBreakSpaceAndSemicolonExclamationQuestionANarrowOne() {
        assertEquals("Attention" + NBSP + ": lisez ceci" + NNBSP + "; puis appelez" + NNBSP + "! Pourquoi" + NNBSP + "?",
                rules.apply("Attention: lisez ceci; puis appelez! Pourquoi?", "fr"));
    }

    @Test
    void anOrdinarySpaceBeforeTheMarkBecomesTheNoBreakSpace() {
        assertEquals("Attention" + NBSP + ": lisez" + NNBSP + "!", rules.apply("Attention : lisez !", "fr"));
    }

    @Test
    void guillemetsTakeNarrowNoBreakSpacesInside() {
        String expected = "«" + NNBSP + "Parlez-en" + NNBSP + "»";
        assertEquals(expected, rules.apply("«Parlez-en»", "fr"));
        assertEquals(expected, rules.apply("« Parlez-en »", "fr"));
        assertEquals("voir «" + NNBSP + "Traitement" + NNBSP + "»" + NBSP + ": elles",
                rules.apply("voir « Traitement »: elles", "fr"), "a colon after a closing guillemet");
    }

    @Test
    void webAddressesTimesAndDoubledMarksAreLeftAlone() {
        assertEquals("https://www.example.org/?q=1 à 10:30" + NNBSP + "?!",
                rules.apply("https://www.example.org/?q=1 à 10:30 ?!", "fr"));
    }

    @Test
    void englishIsPrintedAsWrittenAndARegionTakesItsLanguagesRules() {
        assertEquals("Note: call us!", rules.apply("Note: call us!", "en"));
        assertEquals("Note: call us!", rules.apply("Note: call us!", "en-GB"));
        assertEquals("Note" + NBSP + ": appelez" + NNBSP + "!", rules.apply("Note: appelez!", "fr-CA"));
    }

    @Test
    void onlySpacesChangeNeverTheWords() {
        String text = String.join(" ", List.of(PrintRendererTest.FRENCH_TYPOGRAPHY,
                "Le but du traitement: prévenir; soigner! Pourquoi? «Oui» (voir p. 3) : 50 %.",
                "Écrivez-nous : info@example.org ; https://example.org/faq?x=1 !"));
        String spaced = rules.apply(text, "fr");
        assertEquals(withoutSpaces(text), withoutSpaces(spaced));
        assertEquals(spaced, rules.apply(spaced, "fr"), "spacing twice changes nothing");
    }

    @Test
    void aParagraphInAnotherLanguageKeepsItsOwnTypography() {
        Block english = new Paragraph("Note: live vaccines!", "en", Provenance.UNKNOWN);
        Block french = new Paragraph("Remarque: vaccins vivants!", "", Provenance.UNKNOWN);
        Leaflet leaflet = ModelFixtures.french().withSections(List.of(new Section(SectionKey.UNASSIGNED, "Quoi?",
                List.of(english, french))));
        Leaflet spaced = rules.applyTo(Publication.of(leaflet)).leaflet();
        List<Paragraph> paragraphs = spaced.sections().get(0).paragraphs();
        assertEquals("Note: live vaccines!", paragraphs.get(0).text());
        assertEquals("Remarque" + NBSP + ": vaccins vivants" + NNBSP + "!", paragraphs.get(1).text());
        assertEquals("Quoi" + NNBSP + "?", spaced.sections().get(0).heading());
        assertEquals("Remarque: vaccins vivants!", leaflet.sections().get(0).paragraphs().get(1).text(),
                "the model itself is left as it was");
    }

    @Test
    void rulesAreDataAnyLanguageCanHave(@TempDir Path templates) throws IOException {
        Files.createDirectories(templates.resolve("i18n"));
        Files.writeString(templates.resolve(Typography.FILE), "de:\n  before:\n    \"!\": narrow-no-break-space\n");
        Typography custom = Typography.in(templates);
        assertEquals("Achtung" + NNBSP + "!", custom.apply("Achtung!", "de"));
        assertEquals("Attention!", custom.apply("Attention!", "fr"), "French is not in this file");
    }

    @Test
    void anUnknownSpaceNameFailsNamingTheFile(@TempDir Path templates) throws IOException {
        Files.createDirectories(templates.resolve("i18n"));
        Files.writeString(templates.resolve(Typography.FILE), "fr:\n  before:\n    \":\": thin-space\n");
        RenderException e = assertThrows(RenderException.class, () -> Typography.in(templates));
        assertTrue(e.getMessage().contains("typography.yaml") && e.getMessage().contains("thin-space"), e.getMessage());
    }

    private static String withoutSpaces(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F]", "");
    }
}
