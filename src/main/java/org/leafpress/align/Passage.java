package org.leafpress.align;

import java.util.ArrayList;
import java.util.List;
import org.leafpress.model.Block;
import org.leafpress.model.BulletList;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Section;

/**
 * One block of running text that alignment links and parity counts: a paragraph, a list, a
 * glossary term or a note. Figures are not passages: a caption travels with its picture, and a
 * translation often keeps a diagram as it is.
 *
 * @param where   the file and place the block came from, for findings
 * @param anchors what of its text survives translation
 */
record Passage(Block block, String text, String where, Anchors anchors) {

    /** The passage of a block, which {@link #isPassage} must allow. */
    static Passage of(Block block, String file, String language, AnchorVocabulary vocabulary) {
        String text = flatten(block.plainText());
        return new Passage(block, text, whereOf(block, file), Anchors.in(text, language, vocabulary));
    }

    /** The passages of a section, in order; {@code file} is the document it was read from. */
    static List<Passage> of(Section section, String file, String language, AnchorVocabulary vocabulary) {
        List<Passage> passages = new ArrayList<>();
        for (Block block : section.blocks()) {
            if (isPassage(block)) passages.add(of(block, file, language, vocabulary));
        }
        return passages;
    }

    static boolean isPassage(Block block) {
        return block instanceof Paragraph || block instanceof BulletList || block instanceof GlossaryTerm
                || block instanceof Note;
    }

    /** The language detected for the passage, or empty when unknown or not a paragraph. */
    String language() {
        return block instanceof Paragraph p ? p.language() : "";
    }

    /** Characters, as Gale and Church count length. */
    int length() {
        return text.length();
    }

    /** The first words, for a message. */
    String excerpt() {
        return excerptOf(text);
    }

    /** The first words of a text, about fifty characters, cut at a space. */
    static String excerptOf(String text) {
        int limit = 50;
        if (text.length() <= limit) return text;
        int cut = text.lastIndexOf(' ', limit);
        return text.substring(0, cut > limit / 2 ? cut : limit) + "…";
    }

    static String flatten(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }

    private static String whereOf(Block block, String file) {
        String place = block.from().describe();
        return place.isEmpty() ? file : file + " " + place;
    }
}
