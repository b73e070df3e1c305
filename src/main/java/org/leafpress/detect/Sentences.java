package org.leafpress.detect;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Splits running text into sentences. */
final class Sentences {

    private Sentences() {}

    /** The sentences of {@code text}, stripped, in order; whitespace runs become one space. */
    static List<String> of(String text) {
        // Lines of a PDF column break mid-sentence; the iterator would take a line end for a
        // sentence end, so the text is made one line first.
        String flat = flatten(text);
        // The JDK's sentence rules are the same for every Latin-script locale.
        BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ROOT);
        boundaries.setText(flat);
        List<String> sentences = new ArrayList<>();
        for (int start = boundaries.first(), end = boundaries.next(); end != BreakIterator.DONE;
                start = end, end = boundaries.next()) {
            String sentence = flat.substring(start, end).strip();
            if (!sentence.isEmpty()) sentences.add(sentence);
        }
        return sentences;
    }

    /** {@code text} on one line, its whitespace (no-break spaces too) made single spaces. */
    static String flatten(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
    }

    /** How many words of {@code text} have a letter in them (numbers and units do not count). */
    static int wordsIn(String text) {
        int words = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetter)) words++;
        }
        return words;
    }

    /** How many letters {@code text} has: the weight of its vote. */
    static int lettersIn(String text) {
        return (int) text.codePoints().filter(Character::isLetter).count();
    }
}
