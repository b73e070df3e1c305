package org.leafpress.align;

import java.util.List;

/**
 * What a link between source and translated passages costs: how rare its kind is, how far the
 * translation's length strays from the source's, and how much its anchors agree.
 */
final class LinkCosts {

    private final AlignmentParameters parameters;
    private final LengthModel lengths;
    private final AnchorEvidence evidence;

    LinkCosts(AlignmentParameters parameters, LengthModel lengths, AnchorEvidence evidence) {
        this.parameters = parameters;
        this.lengths = lengths;
        this.evidence = evidence;
    }

    /** The cost of {@code kind} joining these source passages to these translated ones. */
    double of(LinkKind kind, List<Passage> source, List<Passage> translation) {
        double cost = parameters.costOf(kind);
        if (source.isEmpty() || translation.isEmpty()) return cost;
        return cost + lengths.cost(lengthOf(source), lengthOf(translation))
                + parameters.anchorCost(evidence.between(anchorsOf(source), anchorsOf(translation)));
    }

    private static int lengthOf(List<Passage> passages) {
        int length = 0;
        for (Passage p : passages) length += p.length();
        // Two paragraphs read as one are one space longer.
        return length + passages.size() - 1;
    }

    private static Anchors anchorsOf(List<Passage> passages) {
        // One passage's own anchors, not a copy: AnchorEvidence keeps what it learns about them.
        if (passages.size() == 1) return passages.get(0).anchors();
        Anchors all = Anchors.NONE;
        for (Passage p : passages) all = all.plus(p.anchors());
        return all;
    }
}
