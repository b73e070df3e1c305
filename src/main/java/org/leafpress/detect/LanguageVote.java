package org.leafpress.detect;

import java.util.Map;
import java.util.TreeMap;
import org.leafpress.model.DetectedLanguage;

/**
 * Sentences voting for their languages, each with as many votes as it has letters. The winner's
 * confidence is its share of the votes cast; sentences of unknown language do not vote.
 */
final class LanguageVote {

    private LanguageVote() {}

    /** The outcome of these sentences' vote. */
    static DetectedLanguage outcomeOf(Iterable<SentenceLanguage> sentences) {
        LanguageVote vote = new LanguageVote();
        sentences.forEach(vote::cast);
        return vote.outcome();
    }

    // Sorted, so that the outcome never depends on hash order.
    private final Map<String, Integer> lettersByLanguage = new TreeMap<>();
    private int lettersCast;

    private void cast(SentenceLanguage sentence) {
        if (!sentence.isKnown()) return;
        int letters = Sentences.lettersIn(sentence.text());
        lettersByLanguage.merge(sentence.language(), letters, Integer::sum);
        lettersCast += letters;
    }

    /** The language with most letters and its share of all letters cast; unknown on a tie or no votes. */
    private DetectedLanguage outcome() {
        String winner = "";
        int most = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> entry : lettersByLanguage.entrySet()) {
            if (entry.getValue() > most) {
                winner = entry.getKey();
                most = entry.getValue();
                tie = false;
            } else if (entry.getValue() == most) {
                tie = true;
            }
        }
        if (most == 0 || tie) return DetectedLanguage.UNKNOWN;
        // Two decimals: more would be noise, and the model's JSON must not change between runs.
        double share = Math.round(100.0 * most / lettersCast) / 100.0;
        return new DetectedLanguage(winner, share);
    }
}
