package org.leafpress.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.leafpress.model.DetectedLanguage;

/**
 * What {@code detect FILE} tells a user: the document's language and each paragraph's. Serialises
 * to JSON as it stands; {@link #toText()} is the form for a terminal.
 */
public record LanguageReport(String file, DetectedLanguage document, List<ParagraphLanguage> paragraphs) {

    /** Opening words shown for a paragraph, in characters. */
    static final int EXCERPT_LENGTH = 60;

    public LanguageReport {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Detects the language of a file's paragraphs (as the normaliser found them) and of the whole. */
    public static LanguageReport of(String file, List<String> paragraphs, LanguageDetector detector) {
        List<ParagraphLanguage> entries = new ArrayList<>();
        List<SentenceLanguage> allVotes = new ArrayList<>();
        for (String paragraph : paragraphs) {
            if (paragraph.isBlank()) continue;
            // Each sentence is detected once; the paragraph's and the document's votes share them.
            List<SentenceLanguage> votes = detector.votesOf(paragraph);
            allVotes.addAll(votes);
            DetectedLanguage detected = LanguageVote.outcomeOf(votes);
            List<SentenceLanguage> others = votes.stream()
                    .filter(s -> s.isKnown() && !s.language().equals(detected.language()))
                    .toList();
            entries.add(new ParagraphLanguage(entries.size() + 1, detected.language(), detected.confidence(),
                    excerptOf(paragraph), others));
        }
        return new LanguageReport(file, LanguageVote.outcomeOf(allVotes), entries);
    }

    /** The report as a person reads it in a terminal. */
    public String toText() {
        StringBuilder out = new StringBuilder();
        out.append(file).append('\n');
        out.append("Document: ").append(describe(document.language(), document.confidence())).append('\n');
        out.append('\n');
        out.append(String.format(Locale.ROOT, "%4s  %-8s %5s  %s%n", "#", "language", "conf", "opening words"));
        for (ParagraphLanguage p : paragraphs) {
            String confidence = p.isKnown() ? String.format(Locale.ROOT, "%.2f", p.confidence()) : "-";
            String language = p.isKnown() ? p.language() : "unknown";
            out.append(String.format(Locale.ROOT, "%4d  %-8s %5s  %s%n", p.number(), language, confidence, p.excerpt()));
            for (SentenceLanguage other : p.otherLanguages()) {
                out.append(String.format(Locale.ROOT, "%20s  %s: %s%n", "", other.language(), excerptOf(other.text())));
            }
        }
        return out.toString();
    }

    private static String describe(String language, double confidence) {
        if (language.isEmpty()) return "unknown (no sentence was long and clear enough to tell)";
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        return String.format(Locale.ROOT, "%s (%s), confidence %.2f", language, name, confidence);
    }

    /** The first words of {@code text} up to about {@link #EXCERPT_LENGTH} characters, cut at a space. */
    static String excerptOf(String text) {
        String flat = Sentences.flatten(text);
        if (flat.length() <= EXCERPT_LENGTH) return flat;
        int cut = flat.lastIndexOf(' ', EXCERPT_LENGTH);
        return flat.substring(0, cut > EXCERPT_LENGTH / 2 ? cut : EXCERPT_LENGTH).stripTrailing() + "…";
    }
}
