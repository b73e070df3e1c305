package org.leafpress.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class AnchorsTest {

    private final AnchorVocabulary vocabulary = AnchorVocabulary.load(ParityFixtures.TEMPLATES.resolve("align/anchors.yaml"));

    @Test
    void acronymsAreKeptAsWritten() {
        Anchors a = Anchors.in("stem cell transplantation (HSCT), also called IgG, in the UK", "en", vocabulary);
        assertEquals(Set.of("HSCT", "IgG", "UK"), a.acronyms());
    }

    @Test
    void addressesAreFoundWithOrWithoutWwwAndNotInARunOnSentence() {
        Anchors a = Anchors.in("Visit www.immunodeficiencyuk.org/donate or immunodeficiencyuk.org. "
                + "Mail help@example.org. Catch infection.Many boys", "en", vocabulary);
        assertEquals(Set.of("immunodeficiencyuk.org/donate", "immunodeficiencyuk.org", "help@example.org"), a.links());
    }

    @Test
    void wordsSharingALongBeginningAreCognates() {
        assertTrue(vocabulary.areCognates("immunoglobulin", "immunoglobulines"));
        assertTrue(vocabulary.areCognates("antibiotics", "antibiotiques"));
        assertTrue(vocabulary.areCognates(AnchorVocabulary.fold("symptoms"), AnchorVocabulary.fold("symptômes")));
        assertFalse(vocabulary.areCognates("transplant", "transfusion"));
        assertFalse(vocabulary.areCognates("treatment", "traitement"));
    }

    @Test
    void hyphenatedWordsCountJoinedAndInPartsAndElisionsKeepTheWord() {
        Anchors a = Anchors.in("une réaction auto-immune sur l’immunoglobuline", "fr", vocabulary);
        assertEquals(Set.of("autoimmune", "immune", "immunoglobuline", "reaction"), a.words());
    }

    @Test
    void commonWordsListedInTheVocabularyAreNeverCognates() {
        assertFalse(Anchors.in("which of these others", "en", vocabulary).words().contains("which"));
        assertFalse(Anchors.in("une réaction contre le gluten", "fr", vocabulary).words().contains("contre"));
    }
}
