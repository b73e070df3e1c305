package org.leafpress.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafpress.model.Block;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Provenance;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;

/** A section while its lines are read: paragraphs stay open to becoming terms until the section is done. */
final class SectionDraft {

    private record Part(Block block, Optional<GlossaryTerm> asTerm) {}

    private final SectionKey key;
    private final String heading;
    private final List<Part> parts = new ArrayList<>();

    SectionDraft(SectionKey key, String heading) {
        this.key = key;
        this.heading = heading;
    }

    void add(ParagraphText paragraph) {
        parts.add(new Part(paragraph.toParagraph(), paragraph.asTerm()));
    }

    /** A paragraph the furniture vocabulary calls a note (a disclaimer), set apart from the running text. */
    void addNote(ParagraphText paragraph) {
        parts.add(new Part(new Note(paragraph.text(), Provenance.page(paragraph.page())), Optional.empty()));
    }

    void add(Block block) {
        parts.add(new Part(block, Optional.empty()));
    }

    boolean isEmpty() {
        return heading.isEmpty() && parts.isEmpty();
    }

    /**
     * The section. When most of its paragraphs open with a bold run (two at least), it is a list
     * of terms, and every paragraph that opens so is a term; otherwise bold openings are emphasis.
     */
    Section toSection() {
        long terms = parts.stream().filter(p -> p.asTerm().isPresent()).count();
        long paragraphs = parts.stream().filter(p -> p.block() instanceof Paragraph).count();
        boolean termList = terms >= 2 && terms * 2 > paragraphs;
        List<Block> blocks = new ArrayList<>();
        for (Part p : parts) blocks.add(termList && p.asTerm().isPresent() ? p.asTerm().get() : p.block());
        return new Section(key, heading, blocks);
    }
}
