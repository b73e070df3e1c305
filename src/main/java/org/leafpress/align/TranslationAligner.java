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
        LinkCosts costs = new LinkCosts(parameters, parameters.lengthsFor(source.language(), documents.get(0).language()),
                new AnchorEvidence(sources.allAnchors(), vocabulary));
        List<TranslatedBlock> blocks = TranslatedBlock.of(documents, vocabulary);
        Placement placement = new Placement(blocks);

        Map<SectionKey, List<Integer>> claimed = new LinkedHashMap<>();
        List<List<Integer>> runs = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        int runDocument = -1;
        for (int i = 0; i < blocks.size(); i++) {
            TranslatedBlock block = blocks.get(i);
            if (!block.isPassage()) continue;
            Optional<SectionKey> fixed = fixedKeyOf(block, sources, pins);
            if (fixed.isPresent() || block.document() != runDocument) {
                if (!run.isEmpty()) runs.add(run);
                run = new ArrayList<>();
                runDocument = block.document();
            }
            if (fixed.isPresent()) claimed.computeIfAbsent(fixed.get(), k -> new ArrayList<>()).add(i);
            else run.add(i);
        }
        if (!run.isEmpty()) runs.add(run);

        for (Map.Entry<SectionKey, List<Integer>> group : claimed.entrySet()) {
            if (sources.has(group.getKey())) {
                alignRun(List.of(group.getKey()), group.getValue(), Double.POSITIVE_INFINITY, sources, costs, placement);
            } else {
                for (int i : group.getValue()) placement.link(group.getKey(), LinkKind.EXTRA, List.of(), List.of(i), 1.0);
            }
        }
        List<SectionKey> open = new ArrayList<>(sources.keys());
        open.removeAll(claimed.keySet());
        for (List<Integer> free : runs) {
            alignRun(open, free, parameters.untranslatedSectionCost(), sources, costs, placement);
        }
        return placement.assemble(documents, sources);
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
        SectionKey own = block.origin().key();
        boolean known = headings.order().contains(own);
        if (known && (sources.has(own) || !block.origin().heading().isEmpty())) return Optional.of(own);
        return Optional.empty();
    }

    /** Aligns a run of translated passages with the passages of {@code sections}, in order. */
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
        List<Passage> translation = run.stream().map(i -> placement.passage(i)).toList();
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
            List<Integer> blockIndices = run.subList(link.translation(), link.translation() + link.kind().translationCount());
            placement.link(keys[f], link.kind(), sourceIndices, blockIndices, link.probability());
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
