package org.leafpress.normalise.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.leafpress.model.Figure;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.normalise.HeadingVocabulary;
import org.leafpress.normalise.LineJoiner;
import org.leafpress.normalise.PageFurniture;
import org.leafpress.normalise.SectionAssembly;
import org.leafpress.normalise.StructureContext;

/**
 * Reads a PDF's lines in reading order into sections: headings start sections, small print is a
 * figure's caption or the imprint, and running text is gathered into paragraphs.
 */
final class SectionBuilder {

    /** The key of the text on a back cover, which has no heading of its own. */
    static final SectionKey BACK_COVER = new SectionKey("about-publisher");

    private final StructureContext context;
    private final TypeScale scale;
    private final LineJoiner joiner;
    private final ColumnEdges columns;
    private final PdfTags tags;
    private final Imprint imprint;

    private final List<SectionDraft> sections = new ArrayList<>();
    private final List<Warning> warnings = new ArrayList<>();
    private final List<PrintedHeading> headings = new ArrayList<>();
    private final List<Figure> pendingFigures = new ArrayList<>();

    private SectionDraft current;
    private ParagraphText open;
    private ListText openList;
    private LayoutLine previous;
    private LayoutLine lastBody;
    /** The last line was not running text of this column: a column or page break, a figure, an imprint. */
    private boolean interrupted;
    /** Lines on this page are page layout (a page ruled for writing on), never content. */
    private int layoutPage = -1;
    private int backCoverPage = -1;
    private boolean backCoverSetApart;
    private boolean titled;

    SectionBuilder(StructureContext context, TypeScale scale, LineJoiner joiner, ColumnEdges columns, PdfTags tags) {
        this.context = context;
        this.scale = scale;
        this.joiner = joiner;
        this.columns = columns;
        this.tags = tags;
        this.imprint = new Imprint(context.furniture(), context.language(), joiner);
    }

    /** The leaflet's title was found above the text, so the text before the first heading introduces it. */
    void titleSeen() {
        titled = true;
    }

    /** Reads every line; then {@link #sections()}, {@link #imprint()} and {@link #warnings()} say what was found. */
    void read(List<LayoutLine> lines) {
        backCoverPage = backCoverPageOf(lines);
        int i = 0;
        while (i < lines.size()) {
            LayoutLine line = lines.get(i);
            enter(line);
            if (line.page() == layoutPage) i++;
            else if (isHeading(line)) i = heading(lines, i);
            else if (scale.isSmallPrint(line)) i = smallPrint(lines, i);
            else {
                if (startsListItem(line)) listItem(line);
                else if (continuesListItem(line)) listLine(line);
                else body(line);
                i++;
            }
        }
        closeBlock();
    }

    List<Section> sections() {
        return sections.stream().filter(s -> !s.isEmpty()).map(SectionDraft::toSection).toList();
    }

    Imprint imprint() {
        return imprint;
    }

    List<Warning> warnings() {
        return warnings;
    }

    /** The headings of content sections, in reading order. */
    List<PrintedHeading> headings() {
        return headings;
    }

    /**
     * The last page, when it has no heading and is set in another size than the body: a back
     * cover, whose text belongs to no section before it. (See {@link #enter} for the other case.)
     */
    private int backCoverPageOf(List<LayoutLine> lines) {
        if (lines.isEmpty()) return -1;
        int last = lines.get(lines.size() - 1).page();
        List<LayoutLine> page = lines.stream().filter(l -> l.page() == last).toList();
        if (page.size() == lines.size() || page.stream().anyMatch(scale::isHeading)) return -1;
        backCoverSetApart = Math.abs(TypeScale.of(page).body() - scale.body()) > 0.04f * scale.body();
        return last;
    }

    private void enter(LayoutLine line) {
        boolean newPage = previous == null || line.page() != previous.page();
        if (previous != null && (newPage || line.column() != previous.column())) interrupted = true;
        // A headingless last page after a page that ended the flow (a contents or ruled page) is a back
        // cover; so is one set apart in size, unless it goes on with a sentence. Otherwise it is more text.
        boolean flowEnded = current == null;
        boolean setApart = backCoverSetApart && (open == null || open.endsSentence());
        if (newPage && line.page() == backCoverPage && (flowEnded || setApart)) {
            closeBlock();
            current = new SectionDraft(BACK_COVER, "");
            sections.add(current);
        }
        previous = line;
    }

    /** A heading, with the lines that go on with it (a heading broken over two lines is one heading). */
    private int heading(List<LayoutLine> lines, int start) {
        int end = start + 1;
        while (end < lines.size() && continuesHeading(lines.get(end - 1), lines.get(end))) end++;
        LayoutLine first = lines.get(start);
        String text = joiner.join(lines.subList(start, end).stream().map(LayoutLine::text).toList());
        closeBlock();
        HeadingVocabulary vocabulary = context.headings();
        Optional<SectionKey> known = vocabulary.keyOf(text, context.language());
        if (known.isPresent() && (vocabulary.isNavigation(known.get()) || vocabulary.isLayout(known.get()))) {
            // A contents list, or a page left for the reader to write on: what follows it is not content.
            current = null;
            if (vocabulary.isLayout(known.get())) layoutPage = first.page();
            return end;
        }
        SectionKey key = known.orElseGet(() -> {
            SectionKey slug = SectionKey.slugOf(text);
            warnings.add(SectionAssembly.unknownHeading(text, slug, first.where()));
            return slug;
        });
        headings.add(new PrintedHeading(text, first));
        current = new SectionDraft(key, text);
        sections.add(current);
        return end;
    }

    /** Set as a heading, or tagged as one in a structure tree that is believed. */
    private boolean isHeading(LayoutLine line) {
        return scale.isHeading(line) || tags.isHeading(line);
    }

    private boolean continuesHeading(LayoutLine above, LayoutLine line) {
        if (!isHeading(line) || line.page() != above.page() || line.column() != above.column()) return false;
        return tags.sameBlock(above, line)
                .orElseGet(() -> line.hasStyleOf(above) && line.gapAbove() <= scale.paragraphGap());
    }

    /** Small print set apart from the text is a figure's words; at the column's edge, the imprint or plain text. */
    private int smallPrint(List<LayoutLine> lines, int start) {
        LayoutLine first = lines.get(start);
        int end = start + 1;
        while (end < lines.size() && scale.isSmallPrint(lines.get(end)) && lines.get(end).page() == first.page()
                && lines.get(end).column() == first.column()) {
            end++;
        }
        List<LayoutLine> block = lines.subList(start, end);
        if (columns.isIndented(first)) {
            Figure figure = FigureText.figureOf(block, joiner);
            // A figure set inside a paragraph follows the paragraph, which reads on around it.
            if (open != null || openList != null) pendingFigures.add(figure);
            else section(first.page()).add(figure);
            interrupted = true;
        } else {
            // Each size is read apart: a disclaimer set a size above the imprint is no part of it.
            for (List<LayoutLine> part : partsBySize(block)) {
                if (imprint.isImprint(part)) {
                    imprint.read(part);
                    interrupted = true;
                } else {
                    part.forEach(this::body);
                }
            }
        }
        return end;
    }

    /** Consecutive lines of one size. */
    private List<List<LayoutLine>> partsBySize(List<LayoutLine> block) {
        List<List<LayoutLine>> parts = new ArrayList<>();
        for (LayoutLine line : block) {
            List<LayoutLine> last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (last != null && scale.sameSize(last.get(0), line)) last.add(line);
            else parts.add(new ArrayList<>(List.of(line)));
        }
        return parts;
    }

    /** A line that opens with a list label, or that a believed tree puts in a new list item. */
    private boolean startsListItem(LayoutLine line) {
        if (itemTextOf(line).isPresent()) return true;
        return tags.isListItem(line) && (openList == null || !tags.sameBlock(lastBody, line).orElse(false));
    }

    /** A line that goes on with the open list item: in its block of the tree, or hung under its text. */
    private boolean continuesListItem(LayoutLine line) {
        if (openList == null) return false;
        return tags.sameBlock(lastBody, line).orElseGet(() -> !interrupted && openList.hangsUnder(line, scale));
    }

    /** A line's text after its list label; a number followed by a space counts only on an indented line. */
    private Optional<String> itemTextOf(LayoutLine line) {
        return ListText.itemTextOf(line, columns.isIndented(line));
    }

    private void listItem(LayoutLine line) {
        if (open != null) closeBlock();
        if (openList == null) openList = new ListText(line.page(), joiner);
        openList.startItem(line, itemTextOf(line).orElse(line.text()));
        interrupted = false;
        lastBody = line;
    }

    private void listLine(LayoutLine line) {
        openList.add(line.text());
        interrupted = false;
        lastBody = line;
    }

    private void body(LayoutLine line) {
        if (openList != null) closeBlock();
        if (open != null && startsParagraph(line)) closeBlock();
        if (open == null) open = new ParagraphText(line.page(), joiner);
        open.add(line);
        interrupted = false;
        lastBody = line;
    }

    /**
     * Whether a line starts a new paragraph. A believed structure tree knows; otherwise, after a
     * break in the flow (a new column or page, a figure) the space above means nothing, so a
     * paragraph goes on unless it had ended a sentence.
     */
    private boolean startsParagraph(LayoutLine line) {
        Optional<Boolean> sameBlock = tags.sameBlock(lastBody, line);
        if (sameBlock.isPresent()) return !sameBlock.get();
        if (interrupted) return open.endsSentence();
        if (columns.isFirstLineIndent(line, lastBody)) return true;
        return line.gapAbove() > scale.paragraphGap() || !scale.sameSize(line, lastBody);
    }

    /** Closes the open paragraph or list, and adds the figures it was waiting for. */
    private void closeBlock() {
        if (openList != null) section(openList.page()).add(openList.toList());
        openList = null;
        PageFurniture furniture = context.furniture();
        if (open != null && furniture.isNote(open.text())) section(open.page()).addNote(open);
        else if (open != null && !furniture.isFurniture(open.text())) section(open.page()).add(open);
        open = null;
        for (Figure figure : pendingFigures) section(figure.from().page()).add(figure);
        pendingFigures.clear();
    }

    /**
     * The current section. Text before the first heading introduces the leaflet when a title stands
     * above it, and is unassigned otherwise, as the model has it; text after a contents list or a
     * ruled page, which end the flow, is unassigned too, and that is worth a warning.
     */
    private SectionDraft section(int page) {
        if (current == null) {
            boolean flowEnded = !sections.isEmpty() || layoutPage > 0;
            if (flowEnded) {
                warnings.add(new Warning(WarningCode.TEXT_OUTSIDE_SECTIONS, "text on page " + page + " follows a contents "
                        + "list or a page left for writing, not a heading; it is kept in an unassigned section; give "
                        + "it a heading in the source", "p. " + page));
            }
            current = new SectionDraft(titled && !flowEnded ? SectionAssembly.INTRODUCTION : SectionKey.UNASSIGNED, "");
            sections.add(current);
        }
        return current;
    }
}
