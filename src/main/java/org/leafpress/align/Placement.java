package org.leafpress.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.leafpress.model.Block;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.model.Warning;

/**
 * Which section each translated block goes to and the links found so far; assembles them into
 * the sectioned translation once every run is aligned.
 */
final class Placement {

    /** A link in terms of block indices, before the translation's sections are numbered. */
    private record Pending(SectionKey key, LinkKind kind, List<Integer> source, List<Integer> blocks, double probability) {}

    private final List<TranslatedBlock> blocks;
    private final SectionKey[] keyOf;
    private final List<Pending> links = new ArrayList<>();

    Placement(List<TranslatedBlock> blocks) {
        this.blocks = List.copyOf(blocks);
        this.keyOf = new SectionKey[blocks.size()];
    }

    Passage passage(int block) {
        return blocks.get(block).passage().orElseThrow();
    }

    /** Records a link; its translated blocks go to {@code key}. Source indices are 0-based in the section. */
    void link(SectionKey key, LinkKind kind, List<Integer> source, List<Integer> blockIndices, double probability) {
        for (int i : blockIndices) keyOf[i] = key;
        links.add(new Pending(key, kind, List.copyOf(source), List.copyOf(blockIndices), probability));
    }

    /** The source and translated passage of each one-to-one link the aligner is sure of, to learn a pair's parameters from. */
    List<Passage[]> sureOneToOne(SourcePassages sources) {
        List<Passage[]> pairs = new ArrayList<>();
        for (Pending p : links) {
            if (p.kind() != LinkKind.ONE_TO_ONE || p.probability() < 0.5) continue;
            pairs.add(new Passage[] {sources.in(p.key()).get(p.source().get(0)), passage(p.blocks().get(0))});
        }
        return pairs;
    }

    /** The translation in the source's sections, and its links numbered within them. */
    AlignedTranslation assemble(List<Leaflet> documents, SourcePassages sources) {
        SectionKey[] keys = withFiguresPlaced();
        List<SectionKey> order = new ArrayList<>();
        for (SectionKey key : sources.keys()) if (contains(keys, key)) order.add(key);
        for (SectionKey key : keys) {
            if (!order.contains(key) && !key.equals(SectionKey.UNASSIGNED)) order.add(key);
        }
        if (contains(keys, SectionKey.UNASSIGNED)) order.add(SectionKey.UNASSIGNED);

        List<Section> sections = new ArrayList<>();
        Map<Integer, Integer> position = new HashMap<>();
        for (SectionKey key : order) {
            List<Block> members = new ArrayList<>();
            String heading = "";
            int passages = 0;
            for (int i = 0; i < blocks.size(); i++) {
                if (!keys[i].equals(key)) continue;
                TranslatedBlock block = blocks.get(i);
                members.add(block.block());
                if (block.isPassage()) position.put(i, ++passages);
                if (heading.isEmpty() && block.origin().key().equals(key)) heading = block.origin().heading();
            }
            sections.add(new Section(key, heading, members));
        }

        // Runs are aligned one at a time: a run that skipped a source paragraph calls it missing
        // even when another run (another document) translated it. Covered is covered.
        Set<String> covered = new HashSet<>();
        for (Pending p : links) {
            if (p.kind() != LinkKind.MISSING) for (int k : p.source()) covered.add(p.key() + "#" + k);
        }
        List<AlignmentLink> aligned = new ArrayList<>();
        for (Pending p : links.stream().sorted(Comparator.comparingInt(p -> order.indexOf(p.key()))).toList()) {
            if (p.kind() == LinkKind.MISSING && !covered.add(p.key() + "#" + p.source().get(0))) continue;
            List<Passage> sourceSide = sources.in(p.key());
            aligned.add(new AlignmentLink(p.key(), p.kind(),
                    p.source().stream().map(k -> k + 1).toList(),
                    p.blocks().stream().map(position::get).toList(),
                    p.probability(),
                    p.source().stream().map(k -> sourceSide.get(k).text()).toList(),
                    p.blocks().stream().map(i -> passage(i).text()).toList(),
                    p.source().stream().map(k -> sourceSide.get(k).where()).toList(),
                    p.blocks().stream().map(i -> passage(i).where()).toList()));
        }
        List<Warning> otherWarnings = documents.stream().skip(1).flatMap(d -> d.warnings().stream()).toList();
        Leaflet model = documents.get(0).withSections(sections).withWarnings(otherWarnings);
        return new AlignedTranslation(model, aligned);
    }

    /** Every block's key: a figure or other non-passage block joins the passage before it in its document. */
    private SectionKey[] withFiguresPlaced() {
        SectionKey[] keys = keyOf.clone();
        for (int i = 0; i < blocks.size(); i++) {
            if (keys[i] != null) continue;
            keys[i] = nearestPassageKey(i).orElse(SectionKey.UNASSIGNED);
        }
        return keys;
    }

    private Optional<SectionKey> nearestPassageKey(int i) {
        int document = blocks.get(i).document();
        for (int b = i - 1; b >= 0 && blocks.get(b).document() == document; b--) {
            if (keyOf[b] != null) return Optional.of(keyOf[b]);
        }
        for (int a = i + 1; a < blocks.size() && blocks.get(a).document() == document; a++) {
            if (keyOf[a] != null) return Optional.of(keyOf[a]);
        }
        return Optional.empty();
    }

    private static boolean contains(SectionKey[] keys, SectionKey key) {
        for (SectionKey k : keys) if (k.equals(key)) return true;
        return false;
    }
}
