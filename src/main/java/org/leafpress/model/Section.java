package org.leafpress.model;

import java.util.List;

/** A titled part of a leaflet. {@code heading} is as the source wrote it; empty if it had none. */
public record Section(SectionKey key, String heading, List<Block> blocks) {

    public Section {
        heading = heading == null ? "" : heading;
        blocks = List.copyOf(blocks);
    }

    /** The paragraphs of this section, in order. */
    public List<Paragraph> paragraphs() {
        return blocks.stream().filter(Paragraph.class::isInstance).map(Paragraph.class::cast).toList();
    }

    public Section withBlocks(List<Block> newBlocks) {
        return new Section(key, heading, newBlocks);
    }
}
