package org.leafpress.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What of a passage survives translation: its numbers, web and mail addresses, acronyms (MRI,
 * IgA) and the words that may have cognates on the other side.
 */
record Anchors(Set<String> numbers, Set<String> links, Set<String> acronyms, Set<String> words, Set<String> spelled) {

    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://)?(?:[\\w.+-]+@)?(?:[a-z0-9-]+\\.)+[a-z]{2,24}\\b(?:/[^\\s)\\]]*)?");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:[-‐'’][\\p{L}\\d]+)*");

    /** A list's item numbers ("1. Take it…"), at the start or after a sentence or lead-in ends: not numbers the text states. */
    private static final Pattern LIST_MARKER = Pattern.compile("(?<=^|[:.;!?]\\s|\\n)\\s*\\d{1,2}[.)]\\s+(?=\\p{L})");

    static final Anchors NONE = new Anchors(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** Four kinds of anchor, with no number spelled out. */
    Anchors(Set<String> numbers, Set<String> links, Set<String> acronyms, Set<String> words) {
        this(numbers, links, acronyms, words, Set.of());
    }

    Anchors {
        // Insertion order, not Set.copyOf: its iteration order changes from one JVM to the next, and
        // anchor weights are summed in that order, so the report would differ in its last digits.
        numbers = inOrder(numbers);
        links = inOrder(links);
        acronyms = inOrder(acronyms);
        words = inOrder(words);
        spelled = inOrder(spelled);
    }

    /** The anchors of a text in {@code language}. */
    static Anchors in(String text, String language, AnchorVocabulary vocabulary) {
        Set<String> links = new LinkedHashSet<>();
        Matcher link = LINK.matcher(text);
        StringBuilder rest = new StringBuilder();
        while (link.find()) {
            String found = link.group();
            if (vocabulary.isAddress(found)) {
                links.add(normalisedLink(found));
                link.appendReplacement(rest, " ");
            }
        }
        link.appendTail(rest);
        String withoutLinks = LIST_MARKER.matcher(rest.toString()).replaceAll(" ");

        Set<String> acronyms = new LinkedHashSet<>();
        Set<String> words = new LinkedHashSet<>();
        Matcher word = WORD.matcher(withoutLinks);
        while (word.find()) {
            String token = word.group();
            if (isAcronym(token)) {
                acronyms.add(token);
                continue;
            }
            if (token.chars().anyMatch(Character::isDigit)) continue;
            // An elision ("l'allergie") keeps the word. A hyphenated word counts joined and
            // in parts: "auto-immune" is the English "autoimmune", "cross-infection" the French
            // "infections".
            String bare = token.replaceFirst("^\\p{L}{1,2}['’]", "");
            List<String> forms = new ArrayList<>(List.of(bare.replaceAll("[-‐'’]", "")));
            if (bare.matches(".*[-‐].*")) forms.addAll(List.of(bare.split("[-‐'’]")));
            for (String form : forms) {
                String folded = AnchorVocabulary.fold(form);
                if (vocabulary.mayBeCognate(folded, language)) words.add(folded);
            }
        }
        // Times first ("5 p.m." is 17:00, not 5), then the numbers left; numbers in words only vouch.
        NumberWords.Times times = vocabulary.numberWords().timesIn(withoutLinks);
        Set<String> numbers = new LinkedHashSet<>(times.times());
        numbers.addAll(PrintedNumbers.in(times.rest()));
        return new Anchors(numbers, links, acronyms, words, vocabulary.numberWords().spelledIn(withoutLinks, language));
    }

    /** The anchors of two passages taken together (for a 2-1 or 1-2 link). */
    Anchors plus(Anchors other) {
        return new Anchors(union(numbers, other.numbers), union(links, other.links), union(acronyms, other.acronyms),
                union(words, other.words), union(spelled, other.spelled));
    }

    /** Whether the text states {@code number}, in digits or in words. */
    boolean says(String number) {
        return numbers.contains(number) || spelled.contains(number);
    }

    /** Words bucketed by their first letters, so a cognate is looked for among few words. */
    Map<String, List<String>> wordsByPrefix(int prefix) {
        Map<String, List<String>> buckets = new HashMap<>();
        for (String w : words) buckets.computeIfAbsent(w.substring(0, Math.min(prefix, w.length())), k -> new ArrayList<>()).add(w);
        return buckets;
    }

    private static String normalisedLink(String found) {
        return found.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                .replaceAll("[/.,;:]+$", "");
    }

    /** Two or more capitals, and at least half the letters capitals: MRI, IgA, HLA-DQ2. */
    private static boolean isAcronym(String token) {
        long upper = token.chars().filter(Character::isUpperCase).count();
        long letters = token.chars().filter(Character::isLetter).count();
        return upper >= 2 && upper * 2 >= letters && token.length() <= 12;
    }

    private static Set<String> inOrder(Set<String> values) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(values));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
