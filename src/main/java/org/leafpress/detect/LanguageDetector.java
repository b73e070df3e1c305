package org.leafpress.detect;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.leafpress.model.DetectedLanguage;

/**
 * Tells which language a paragraph or a document is in, sentence by sentence, among a fixed set
 * of languages. Build one a run: Lingua's language models take most of a second to load.
 *
 * <p>A paragraph's language is the language of most of its letters: each sentence is detected on
 * its own and votes with its letters. The confidence is the winner's share of the votes: 1.0
 * when every sentence that could be told is in that language, 0.8 when a fifth of those letters
 * are in other languages. It measures agreement, not Lingua's certainty: Lingua reports relative
 * values whose top is always 1.0. Sentences too short or too ambiguous to tell do not vote.
 */
public final class LanguageDetector {

    /** Languages every run tells apart besides those the manifests declare. */
    public static final List<String> COMMON_LANGUAGES = List.of("en", "fr", "de", "es", "it", "nl", "pt");

    /** How much wider an accuracy Lingua uses: see docs/language-detection.md for the costs. */
    public enum Accuracy {
        /** Trigrams only: about 0.5 s and 100 MB to load seven languages. The default. */
        LOW,
        /**
         * One- to five-grams: fewer unknown sentences, but 2.5–4 s and 450 MB to load seven languages.
         * For measurements from the class path only: the jar leaves the 4- and 5-gram models out.
         */
        HIGH
    }

    /**
     * Lingua's runner-up must trail the winner by this much, else the sentence is unknown.
     * Measured: 0.1 makes "Paracetamol 500 mg" and "Important" unknown, where Lingua alone says
     * Spanish and French, and (with {@link #MINIMUM_WORDS}) still tells three in four sentences
     * of the seed texts.
     */
    static final double MINIMUM_RELATIVE_DISTANCE = 0.1;

    /**
     * A sentence with fewer words than this does not vote: in low-accuracy mode, one- to
     * three-word headings and image captions of English sources came out French.
     */
    static final int MINIMUM_WORDS = 4;

    private final com.github.pemistahl.lingua.api.LanguageDetector lingua;
    private final List<String> languages;

    private LanguageDetector(com.github.pemistahl.lingua.api.LanguageDetector lingua, List<String> languages) {
        this.lingua = lingua;
        this.languages = List.copyOf(languages);
    }

    /** A detector for the languages the manifests declare and the {@link #COMMON_LANGUAGES}. */
    public static LanguageDetector forDeclaredLanguages(Collection<String> declared) {
        Set<String> all = new LinkedHashSet<>();
        for (String code : declared) all.add(baseCode(code));
        all.addAll(COMMON_LANGUAGES);
        return forLanguages(all, Accuracy.LOW);
    }

    /**
     * A detector for exactly these ISO 639-1 codes ({@code en}, {@code fr}; a region such as
     * {@code en-GB} is ignored).
     *
     * @throws IllegalArgumentException when a code is not one Lingua can detect (check with
     *     {@link #canDetect}), or fewer than two languages are given
     */
    public static LanguageDetector forLanguages(Collection<String> isoCodes, Accuracy accuracy) {
        Set<String> codes = new LinkedHashSet<>();
        List<Language> lingua = new ArrayList<>();
        for (String code : isoCodes) {
            String base = baseCode(code);
            if (!canDetect(base)) {
                throw new IllegalArgumentException("language detection cannot tell '" + code + "'");
            }
            if (codes.add(base)) lingua.add(Language.getByIsoCode639_1(IsoCode639_1.valueOf(base.toUpperCase(Locale.ROOT))));
        }
        if (lingua.size() < 2) {
            throw new IllegalArgumentException("language detection needs at least two languages, got " + codes);
        }
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromLanguages(lingua.toArray(Language[]::new))
                .withMinimumRelativeDistance(MINIMUM_RELATIVE_DISTANCE);
        if (accuracy == Accuracy.LOW) builder = builder.withLowAccuracyMode();
        return new LanguageDetector(builder.build(), List.copyOf(codes));
    }

    /** Whether Lingua knows the language of an ISO 639-1 code (a region is ignored). */
    public static boolean canDetect(String isoCode) {
        String base = baseCode(isoCode);
        if (!base.matches("[a-z]{2}")) return false;
        try {
            return Language.getByIsoCode639_1(IsoCode639_1.valueOf(base.toUpperCase(Locale.ROOT))) != Language.UNKNOWN;
        } catch (IllegalArgumentException notAnIsoCode) {
            return false;
        }
    }

    /** The ISO 639-1 codes this detector tells apart. */
    public List<String> languages() {
        return languages;
    }

    /** Each sentence of a paragraph with its language, in order. */
    public List<SentenceLanguage> sentencesOf(String paragraph) {
        List<SentenceLanguage> sentences = new ArrayList<>();
        for (String sentence : Sentences.of(paragraph)) sentences.add(new SentenceLanguage(sentence, languageCodeOf(sentence)));
        return sentences;
    }

    /** The language of most of a paragraph's letters, and that language's share of them. */
    public DetectedLanguage languageOf(String paragraph) {
        return LanguageVote.outcomeOf(votesOf(paragraph));
    }

    /** The language of most of a document's letters, every sentence of every paragraph voting. */
    public DetectedLanguage documentLanguageOf(List<String> paragraphs) {
        List<SentenceLanguage> votes = new ArrayList<>();
        for (String paragraph : paragraphs) votes.addAll(votesOf(paragraph));
        return LanguageVote.outcomeOf(votes);
    }

    /** The sentences that vote on a paragraph's language. */
    List<SentenceLanguage> votesOf(String paragraph) {
        List<SentenceLanguage> sentences = sentencesOf(paragraph);
        if (sentences.size() > 1 && sentences.stream().noneMatch(SentenceLanguage::isKnown)) {
            // Sentences too short alone ("Fever. Rash. Stiff neck.") may be long enough together.
            String whole = Sentences.flatten(paragraph);
            return List.of(new SentenceLanguage(whole, languageCodeOf(whole)));
        }
        return sentences;
    }

    private String languageCodeOf(String sentence) {
        if (Sentences.wordsIn(sentence) < MINIMUM_WORDS) return "";
        Language language = lingua.detectLanguageOf(sentence);
        return language == Language.UNKNOWN ? "" : language.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    /** {@code en-GB} and {@code EN} are {@code en}. */
    private static String baseCode(String code) {
        String lower = code.strip().toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-') >= 0 ? lower.indexOf('-') : lower.indexOf('_');
        return dash > 0 ? lower.substring(0, dash) : lower;
    }
}
