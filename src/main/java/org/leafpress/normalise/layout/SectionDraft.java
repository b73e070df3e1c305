package org.leafpress.normalise.layout;

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

/**
 * A section while its lines are read: paragraphs stay open to becoming terms until the section is
 * done, since only the whole section tells a list of terms from emphasis.
 */
final class SectionDraft {

    /**
     * One or two blocks as read (a bold term and its definition are two paragraphs), what they
     * read as if the section is a list of terms, and whether the block is a bold term on its own.
     */
    private record Part(List<Block> blocks, Optional<GlossaryTerm> asTerm, boolean boldOnly) {

        Part(Block block, Optional<GlossaryTerm> asTerm, boolean boldOnly) {
            this(List.of(block), asTerm, boldOnly);
        }

        boolean isParagraph() {
            return blocks.get(0) instanceof Paragraph;
        }
    }

    /** A term set on its own line is short; a bold paragraph longer than this is a statement. */
    private static final int TERM_MAX_LENGTH = 80;

    private final SectionKey key;
    private final String heading;
    private final List<Part> parts = new ArrayList<>();

    SectionDraft(SectionKey key, String heading) {
        this.key = key;
        this.heading = heading;
    }

    void add(ParagraphText paragraph) {
        boolean boldOnly = paragraph.isAllBold() && paragraph.text().length() <= TERM_MAX_LENGTH
                && !paragraph.endsSentence();
        parts.add(new Part(paragraph.toParagraph(), paragraph.asTerm(), boldOnly));
    }

    /** A paragraph the furniture vocabulary calls a note (a disclaimer), set apart from the running text. */
    void addNote(ParagraphText paragraph) {
        parts.add(new Part(new Note(paragraph.text(), Provenance.page(paragraph.page())), Optional.empty(), false));
    }

    void add(Block block) {
        parts.add(new Part(block, Optional.empty(), false));
    }

    boolean isEmpty() {
        return heading.isEmpty() && parts.isEmpty();
    }

    /**
     * The section. A term is a paragraph that opens with a bold run and goes on in regular type,
     * or a short bold paragraph followed by a regular one, its definition (a definition list).
     * When most of the section's paragraphs are terms (two at least), it is a list of terms;
     * otherwise bold openings and bold lines are emphasis, and stay paragraphs.
     */
    Section toSection() {
        List<Part> read = withDefinitionsPaired();
        long terms = read.stream().filter(p -> p.asTerm().isPresent()).count();
        long paragraphs = read.stream().filter(Part::isParagraph).count();
        boolean termList = terms >= 2 && terms * 2 > paragraphs;
        List<Block> blocks = new ArrayList<>();
        for (Part p : read) {
            if (termList && p.asTerm().isPresent()) blocks.add(p.asTerm().get());
            else blocks.addAll(p.blocks());
        }
        return new Section(key, heading, blocks);
    }

    /** The parts with each bold term on its own joined to the regular paragraph after it. */
    private List<Part> withDefinitionsPaired() {
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Part p = parts.get(i);
            Part next = i + 1 < parts.size() ? parts.get(i + 1) : null;
            if (p.boldOnly() && next != null && next.isParagraph() && !next.boldOnly()) {
                Paragraph term = (Paragraph) p.blocks().get(0);
                Paragraph definition = (Paragraph) next.blocks().get(0);
                GlossaryTerm pair = new GlossaryTerm(term.text(), definition.text(), term.from());
                out.add(new Part(List.of(term, definition), Optional.of(pair), false));
                i++;
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
