package org.leafpress.align;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leafpress.model.Leaflet;
import org.leafpress.model.SectionKey;
import org.leafpress.normalise.HeadingVocabulary;
import org.leafpress.source.SectionPin;

/**
 * Places a translation's paragraphs into its source's sections and links them to the source's
 * paragraphs. A pin in the manifest decides first; then a translated heading the vocabulary knows
 * (the section aligns within that key); the rest, a translator's text with no headings say,
 * aligns against the source sections no heading has claimed, by {@link PassageAligner}.
 */
public final class TranslationAligner {

    private final AlignmentParameters parameters;
    private final AnchorVocabulary vocabulary;
    private final HeadingVocabulary headings;

    TranslationAligner(AlignmentParameters parameters, AnchorVocabulary vocabulary, HeadingVocabulary headings) {
        this.parameters = parameters;
        this.vocabulary = vocabulary;
        this.headings = headings;
    }

    /** An aligner with the parameters in {@code templates/align/} and the headings in {@code templates/vocabulary/}. */
    public static TranslationAligner fromTemplates(Path templates) {
        Path align = templates.resolve("align");
        return new TranslationAligner(AlignmentParameters.load(align.resolve("alignment.yaml")),
                AnchorVocabulary.load(align.resolve("anchors.yaml")),
                HeadingVocabulary.load(templates.resolve("vocabulary").resolve("sections.yaml")));
    }

    /** A translation of one document, with no pins. */
    public AlignedTranslation align(Leaflet source, Leaflet translation) {
        return align(source, List.of(translation), List.of());
    }

    /**
     * The translation, made of one or more documents in one language, placed into the source's
     * sections; the first document's title, edition and publisher stand for all.
     */
    public AlignedTranslation align(Leaflet source, List<Leaflet> documents, List<SectionPin> pins) {
        if (documents.isEmpty()) throw new IllegalArgumentException("no translated document to align");
        SourcePassages sources = SourcePassages.of(source, vocabulary);
        List<TranslatedBlock> blocks = TranslatedBlock.of(documents, vocabulary);
        AnchorEvidence evidence = new AnchorEvidence(sources.allAnchors(), vocabulary);
        LengthModel lengths = parameters.lengthsFor(source.language(), documents.get(0).language());
        Placement placement = place(sources, blocks, pins, new LinkCosts(parameters, lengths, evidence));
        if (!parameters.measures(source.language(), documents.get(0).language())) {
            // No measured length model for the pair: estimate it from the links this pass found
            // sure, then align again with it.
            List<Passage[]> sure = placement.sureOneToOne(sources);
            if (sure.size() >= ESTIMATE_FROM) {
                placement = place(sources, blocks, pins, new LinkCosts(
                        parameters.expectingEvidence(expectedEvidence(sure, evidence)), estimatedLengths(sure), evidence));
            }
        }
        return placement.assemble(documents, sources);
    }

    /** Sure links needed to estimate a pair's parameters from its own documents. */
    private static final int ESTIMATE_FROM = 5;

    /**
     * Gale and Church's length model from sure one-to-one links: the translation's characters per
     * source character, and the spread per source character, kept within what measured pairs show.
     */
    static LengthModel estimatedLengths(List<Passage[]> sure) {
        double s = 0;
        double t = 0;
        for (Passage[] pair : sure) {
            s += pair[0].length();
            t += pair[1].length();
        }
        double mean = t / s;
        double spread = 0;
        for (Passage[] pair : sure) spread += Math.pow(pair[1].length() - mean * pair[0].length(), 2) / pair[0].length();
        double variance = Math.min(12, Math.max(4, spread / sure.size()));
        return new LengthModel(Math.round(mean * 100) / 100.0, Math.round(variance * 10) / 10.0);
    }

    /**
     * The evidence that neither favours nor disfavours a link, for a pair whose words share few
     * cognates (English and German): a third of what its sure links show, never more than the
     * configured figure.
     */
    private double expectedEvidence(List<Passage[]> sure, AnchorEvidence evidence) {
        double sum = 0;
        for (Passage[] pair : sure) sum += evidence.between(pair[0].anchors(), pair[1].anchors());
        return Math.min(parameters.expectedEvidence(), sum / sure.size() / 3);
    }

    /** A run of translated passages no heading or pin placed, and the pinned sections either side of it. */
    private record Run(List<Integer> blocks, SectionKey before, SectionKey after) {}

    private Placement place(SourcePassages sources, List<TranslatedBlock> blocks, List<SectionPin> pins, LinkCosts costs) {
        Placement placement = new Placement(blocks);
        Map<SectionKey, List<Integer>> claimed = new LinkedHashMap<>();
        List<Run> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        SectionKey before = null;
        int runDocument = -1;
        for (int i = 0; i < blocks.size(); i++) {
            TranslatedBlock block = blocks.get(i);
            if (!block.isPassage()) continue;
            Optional<SectionKey> fixed = fixedKeyOf(block, sources, pins);
            if (block.document() != runDocument) {
                if (!run.isEmpty()) runs.add(new Run(run, before, null));
                run = new ArrayList<>();
                before = null;
                runDocument = block.document();
            }
            if (fixed.isPresent()) {
                if (!run.isEmpty()) runs.add(new Run(run, before, fixed.get()));
                run = new ArrayList<>();
                before = fixed.get();
                claimed.computeIfAbsent(fixed.get(), k -> new ArrayList<>()).add(i);
            } else {
                run.add(i);
            }
        }
        if (!run.isEmpty()) runs.add(new Run(run, before, null));

        for (Map.Entry<SectionKey, List<Integer>> group : claimed.entrySet()) {
            if (sources.has(group.getKey())) {
                alignRun(List.of(group.getKey()), group.getValue(), Double.POSITIVE_INFINITY, sources, costs, placement);
            } else {
                for (int i : group.getValue()) placement.link(group.getKey(), LinkKind.EXTRA, List.of(), List.of(i), 1.0);
            }
        }
        List<SectionKey> open = new ArrayList<>(sources.keys());
        open.removeAll(claimed.keySet());
        for (Run free : runs) {
            alignRun(between(open, free, sources), free.blocks(), parameters.untranslatedSectionCost(), sources, costs,
                    placement);
        }
        return placement;
    }

    /**
     * The open sections a run may follow: those the source tells between the headed sections
     * either side of the run, so that a long paragraph cannot cross a section boundary the
     * headings disagree with; all of them when none lies between.
     */
    private static List<SectionKey> between(List<SectionKey> open, Run run, SourcePassages sources) {
        List<SectionKey> order = sources.keys();
        int from = run.before() == null ? -1 : order.indexOf(run.before());
        int to = run.after() == null || !order.contains(run.after()) ? order.size() : order.indexOf(run.after());
        if (from >= to) return open;
        List<SectionKey> inside = open.stream().filter(k -> order.indexOf(k) > from && order.indexOf(k) < to).toList();
        return inside.isEmpty() ? open : inside;
    }

    /**
     * Where a passage must go whatever alignment says: a pin on its paragraph, a pin on its
     * document, or a heading of its own that the vocabulary knows. A heading the vocabulary does
     * not know, or text before any heading, aligns freely.
     */
    private Optional<SectionKey> fixedKeyOf(TranslatedBlock block, SourcePassages sources, List<SectionPin> pins) {
        for (SectionPin pin : pins) {
            if (pin.paragraph() == block.number() && pin.names(block.file())) return Optional.of(pin.key());
        }
        for (SectionPin pin : pins) {
            if (pin.isWholeDocument() && pin.names(block.file())) return Optional.of(pin.key());
        }
        // Only a heading the translator wrote pins: a key the normaliser gave text with no heading
        // (the introduction after a title line) is a guess, and alignment decides.
        SectionKey own = block.origin().key();
        boolean known = headings.order().contains(own);
        if (known && !block.origin().heading().isEmpty()) return Optional.of(own);
        return Optional.empty();
    }

    /**
     * Aligns a run of translated passages with the passages of {@code sections}, in order. A
     * list's lead-in and its items, each on a paragraph of its own, go in as one passage, as the
     * source's list is one: its link then joins one source paragraph to many.
     */
    private void alignRun(List<SectionKey> sections, List<Integer> run, double skipCost, SourcePassages sources,
            LinkCosts costs, Placement placement) {
        List<Passage> source = new ArrayList<>();
        List<SectionKey> sourceKey = new ArrayList<>();
        List<Integer> sourceIndex = new ArrayList<>();
        List<Integer> sectionOf = new ArrayList<>();
        for (int s = 0; s < sections.size(); s++) {
            List<Passage> passages = sources.in(sections.get(s));
            for (int k = 0; k < passages.size(); k++) {
                source.add(passages.get(k));
                sourceKey.add(sections.get(s));
                sourceIndex.add(k);
                sectionOf.add(s);
            }
        }
        List<List<Integer>> units = ListItems.units(run, placement::passage);
        List<Passage> translation = units.stream().map(u -> ListItems.joined(u.stream().map(placement::passage).toList()))
                .toList();
        PassageAligner aligner = new PassageAligner(sectionOf.stream().mapToInt(Integer::intValue).toArray(),
                translation.size(), (kind, i, j) -> costs.of(kind, source.subList(i, i + kind.sourceCount()),
                        translation.subList(j, j + kind.translationCount())), skipCost,
                parameters.partlyTranslatedSectionCost());
        List<PassageAligner.Found> found = aligner.align();

        // A translated paragraph with no source joins the section of the link before it, or
        // failing that the one after: a translator's addition sits among what it adds to.
        SectionKey[] keys = new SectionKey[found.size()];
        for (int f = 0; f < found.size(); f++) {
            if (found.get(f).kind().sourceCount() > 0) keys[f] = sourceKey.get(found.get(f).source());
        }
        for (int f = 0; f < found.size(); f++) {
            if (keys[f] == null) keys[f] = neighbourKey(keys, f, sections);
        }
        for (int f = 0; f < found.size(); f++) {
            PassageAligner.Found link = found.get(f);
            List<Integer> sourceIndices = new ArrayList<>();
            for (int k = 0; k < link.kind().sourceCount(); k++) sourceIndices.add(sourceIndex.get(link.source() + k));
            List<Integer> blockIndices = new ArrayList<>();
            for (int u = link.translation(); u < link.translation() + link.kind().translationCount(); u++) {
                blockIndices.addAll(units.get(u));
            }
            if (link.kind() == LinkKind.EXTRA) {
                for (int b : blockIndices) placement.link(keys[f], LinkKind.EXTRA, List.of(), List.of(b), link.probability());
            } else {
                placement.link(keys[f], link.kind().over(blockIndices.size()), sourceIndices, blockIndices,
                        link.probability());
            }
        }
    }

    private static SectionKey neighbourKey(SectionKey[] keys, int f, List<SectionKey> sections) {
        for (int b = f - 1; b >= 0; b--) if (keys[b] != null) return keys[b];
        for (int a = f + 1; a < keys.length; a++) if (keys[a] != null) return keys[a];
        return sections.size() == 1 ? sections.get(0) : SectionKey.UNASSIGNED;
    }

    AnchorVocabulary vocabulary() {
        return vocabulary;
    }
}
