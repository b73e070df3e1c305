package org.leafpress.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.source.SectionPin;

/**
 * Tells how a translation follows its source: aligns it, then for each section gives a status,
 * paragraph counts, length ratio, confidence and findings (untranslated text, numbers and
 * addresses on one side only, paragraphs added or left out, a source changed since the
 * translation was accepted).
 */
public final class ParityCheck {

    private final TranslationAligner aligner;
    private final ParityRules rules;

    ParityCheck(TranslationAligner aligner, ParityRules rules) {
        this.aligner = aligner;
        this.rules = rules;
    }

    /** A check with the parameters and rules in {@code templates/align/} and the headings in {@code templates/vocabulary/}. */
    public static ParityCheck fromTemplates(Path templates) {
        return new ParityCheck(TranslationAligner.fromTemplates(templates),
                ParityRules.load(templates.resolve("align").resolve("parity.yaml")));
    }

    public TranslationAligner aligner() {
        return aligner;
    }

    /**
     * The parity of a translation made of {@code documents} (one language, languages detected).
     *
     * @param lock  the translation's {@code translation.lock}, if it has been accepted
     * @param draft the manifest lists the language under {@code drafts}
     */
    public TranslationParity check(Leaflet source, List<Leaflet> documents, List<SectionPin> pins,
            Optional<TranslationLock> lock, boolean draft) {
        return check(source, aligner.align(source, documents, pins), lock, draft);
    }

    /** The parity of a translation already aligned. */
    public TranslationParity check(Leaflet source, AlignedTranslation aligned, Optional<TranslationLock> lock,
            boolean draft) {
        AnchorVocabulary vocabulary = aligner.vocabulary();
        SourcePassages sources = SourcePassages.of(source, vocabulary);
        Leaflet translation = aligned.model();
        Languages names = new Languages(source.language(), translation.language());

        Set<SectionKey> keys = new LinkedHashSet<>(sources.keys());
        for (Section s : translation.sections()) keys.add(s.key());
        List<SectionParity> sections = new ArrayList<>();
        for (SectionKey key : keys) {
            List<Passage> sourceSide = sources.in(key);
            List<Passage> translated = translation.section(key)
                    .map(s -> Passage.of(s, "", translation.language(), vocabulary)).orElse(List.of());
            if (translated.isEmpty() && !rules.isContent(key)) continue;
            if (sourceSide.isEmpty() && translated.isEmpty()) continue;
            sections.add(sectionParity(key, sourceSide, translated, aligned.linksIn(key), source, lock, names).described(
                    source.section(key).map(Section::heading).orElse(""),
                    translation.section(key).map(Section::heading).orElse(""),
                    sourceSide.stream().map(Passage::text).toList()));
        }
        List<SectionParity> content = sections.stream()
                .filter(s -> rules.isContent(s.key()) && s.status() != ParityStatus.EXTRA).toList();
        int covered = (int) content.stream().filter(s -> s.status() != ParityStatus.MISSING).count();
        return new TranslationParity(translation.language(), overall(content), draft, content.size(), covered, sections);
    }

    private SectionParity sectionParity(SectionKey key, List<Passage> sourceSide, List<Passage> translated,
            List<AlignmentLink> links, Leaflet source, Optional<TranslationLock> lock, Languages names) {
        boolean optional = !rules.isContent(key);
        if (translated.isEmpty()) {
            return new SectionParity(key, ParityStatus.MISSING, optional, sourceSide.size(), 0, null, null, List.of(),
                    List.of(), List.of());
        }
        List<ParityFinding> findings = new ArrayList<>();
        List<String> translationWhere = wheresOf(links, translated.size());
        for (AlignmentLink link : links) findings.addAll(linkFindings(key, link, names));
        for (int i = 0; i < translated.size(); i++) {
            Passage p = translated.get(i);
            if (!p.language().isEmpty() && !base(p.language()).equals(base(names.translation()))) {
                findings.add(rules.finding(FindingCode.UNTRANSLATED_PARAGRAPH, names.translationName() + " paragraph "
                        + (i + 1) + " of " + key + " reads as " + names.nameOf(p.language()) + ": “" + p.excerpt() + "”",
                        translationWhere.get(i)));
            }
        }
        List<WordChange> changes = List.of();
        if (!sourceSide.isEmpty() && lock.isPresent()) {
            Optional<TranslationLock.LockedSection> locked = lock.get().section(key);
            SectionFingerprint now = SectionFingerprint.of(source, key);
            if (locked.isPresent() && !locked.get().sha256().equals(now.sha256())) {
                changes = WordDiff.between(locked.get().source(), now.text());
                findings.add(rules.finding(FindingCode.STALE_SOURCE, "the " + names.sourceName() + " of " + key
                        + " changed since the " + names.translationName() + " was accepted: "
                        + changedWords(changes) + "; update the translation, then run parity --accept "
                        + names.translation(), sourceWhere(links)));
            }
        }
        ParityStatus status;
        if (sourceSide.isEmpty()) status = ParityStatus.EXTRA;
        else if (!changes.isEmpty()) status = ParityStatus.STALE;
        // A finding of severity error (a number changed, a paragraph left out) is something to
        // fix: the section is not translated yet, whatever else it has.
        else if (findings.stream().anyMatch(f -> f.severity() == Severity.ERROR)) status = ParityStatus.PARTIAL;
        else status = ParityStatus.TRANSLATED;
        return new SectionParity(key, status, optional, sourceSide.size(), translated.size(),
                lengthRatio(sourceSide, translated), confidence(links), findings, links, changes);
    }

    private List<ParityFinding> linkFindings(SectionKey key, AlignmentLink link, Languages names) {
        List<ParityFinding> findings = new ArrayList<>();
        if (link.kind() == LinkKind.MISSING) {
            findings.add(rules.finding(FindingCode.MISSING_PARAGRAPH, names.sourceName() + " paragraph "
                    + link.source().get(0) + " of " + key + " has no " + names.translationName() + " translation: “"
                    + Passage.excerptOf(link.sourceText().get(0)) + "”", link.sourceWhere().get(0)));
            return findings;
        }
        if (link.kind() == LinkKind.EXTRA) {
            findings.add(rules.finding(FindingCode.EXTRA_PARAGRAPH, names.translationName() + " paragraph "
                    + link.translation().get(0) + " of " + key + " has no " + names.sourceName() + " counterpart: “"
                    + Passage.excerptOf(link.translationText().get(0)) + "”", link.translationWhere().get(0)));
            return findings;
        }
        Anchors source = anchorsOf(link.sourceText(), names.source());
        Anchors translation = anchorsOf(link.translationText(), names.translation());
        String pair = names.sourceName() + " paragraph " + numbers(link.source()) + " and " + names.translationName()
                + " paragraph " + numbers(link.translation()) + " of " + key;
        numbersOneSided(source, translation, names).ifPresent(detail -> findings.add(rules.finding(
                FindingCode.NUMBER_MISMATCH, pair + " differ in numbers: " + detail, link.translationWhere().get(0))));
        oneSided(source.links(), translation.links(), names).ifPresent(detail -> findings.add(rules.finding(
                FindingCode.LINK_MISMATCH, pair + " differ in addresses: " + detail, link.translationWhere().get(0))));
        return findings;
    }

    /** The numbers one side states in digits and the other states neither in digits nor in words. */
    private static Optional<String> numbersOneSided(Anchors source, Anchors translation, Languages names) {
        Set<String> s = new LinkedHashSet<>(source.numbers());
        s.removeIf(translation::says);
        Set<String> t = new LinkedHashSet<>(translation.numbers());
        t.removeIf(source::says);
        return oneSided(s, t, names);
    }

    /** "12 only in the English; 15 only in the French", or empty when both sides agree. */
    private static Optional<String> oneSided(Set<String> source, Set<String> translation, Languages names) {
        List<String> onlySource = source.stream().filter(v -> !translation.contains(v)).sorted().toList();
        List<String> onlyTranslation = translation.stream().filter(v -> !source.contains(v)).sorted().toList();
        List<String> parts = new ArrayList<>();
        if (!onlySource.isEmpty()) parts.add(String.join(", ", onlySource) + " only in the " + names.sourceName());
        if (!onlyTranslation.isEmpty()) parts.add(String.join(", ", onlyTranslation) + " only in the " + names.translationName());
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", parts));
    }

    private Anchors anchorsOf(List<String> texts, String language) {
        return Anchors.in(String.join("\n", texts), language, aligner.vocabulary());
    }

    /** A translation with every content section missing is missing; any gap makes it partial. */
    private static ParityStatus overall(List<SectionParity> content) {
        if (content.stream().allMatch(s -> s.status() == ParityStatus.MISSING)) return ParityStatus.MISSING;
        if (content.stream().anyMatch(s -> s.status() == ParityStatus.MISSING || s.status() == ParityStatus.PARTIAL)) {
            return ParityStatus.PARTIAL;
        }
        if (content.stream().anyMatch(s -> s.status() == ParityStatus.STALE)) return ParityStatus.STALE;
        return ParityStatus.TRANSLATED;
    }

    /** Where each translated paragraph of a section is, by its position (1-based) in the links. */
    private static List<String> wheresOf(List<AlignmentLink> links, int count) {
        String[] where = new String[count];
        for (AlignmentLink link : links) {
            for (int k = 0; k < link.translation().size(); k++) where[link.translation().get(k) - 1] = link.translationWhere().get(k);
        }
        List<String> all = new ArrayList<>();
        for (String w : where) all.add(w == null ? "" : w);
        return all;
    }

    private static String sourceWhere(List<AlignmentLink> links) {
        return links.stream().filter(l -> !l.sourceWhere().isEmpty()).map(l -> l.sourceWhere().get(0)).findFirst().orElse("");
    }

    private static Double lengthRatio(List<Passage> source, List<Passage> translation) {
        int s = source.stream().mapToInt(Passage::length).sum();
        int t = translation.stream().mapToInt(Passage::length).sum();
        return s == 0 || t == 0 ? null : Math.round(100.0 * t / s) / 100.0;
    }

    private static Double confidence(List<AlignmentLink> links) {
        return links.isEmpty() ? null
                : Math.round(1000 * links.stream().mapToDouble(AlignmentLink::confidence).average().orElse(0)) / 1000.0;
    }

    /** "3 words removed, 4 added" */
    private static String changedWords(List<WordChange> changes) {
        int removed = 0;
        int added = 0;
        for (WordChange c : changes) {
            int words = c.text().split(" ").length;
            if (c.op() == WordChange.Op.REMOVED) removed += words;
            if (c.op() == WordChange.Op.ADDED) added += words;
        }
        return removed + " words removed, " + added + " added";
    }

    private static String numbers(List<Integer> positions) {
        return String.join("+", positions.stream().map(String::valueOf).toList());
    }

    private static String base(String code) {
        String lower = code.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        return dash > 0 ? lower.substring(0, dash) : lower;
    }

    /** The two languages' codes and English names, for messages. */
    private record Languages(String source, String translation) {
        String sourceName() {
            return nameOf(source);
        }

        String translationName() {
            return nameOf(translation);
        }

        String nameOf(String code) {
            String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
            return name.isEmpty() ? code : name;
        }
    }
}
