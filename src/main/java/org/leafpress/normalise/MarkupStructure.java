package org.leafpress.normalise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.TextLine;
import org.leafpress.extract.TextLine.Role;
import org.leafpress.model.Block;
import org.leafpress.model.BulletList;
import org.leafpress.model.Edition;
import org.leafpress.model.Figure;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Provenance;
import org.leafpress.model.Warning;

/**
 * Structure from markup (HTML, DOCX, ODT): the source says which lines are headings, paragraphs,
 * list items, captions, terms and definitions, so this reader trusts it. The first top-level
 * heading the vocabulary does not know is the title; the heading vocabulary gives the sections
 * their keys. A caption takes the credit line under it; a term takes the definitions after it;
 * imprint lines (edition, publisher, copyright) fill the imprint and are not content.
 */
public final class MarkupStructure implements StructureReader {

    @Override
    public Leaflet read(ExtractedDocument document, StructureContext context) {
        PageFurniture furniture = context.furniture();
        SectionAssembly assembly = new SectionAssembly(context.headings(), context.language());
        String title = "";
        String attribution = "";
        Map<String, String> imprint = new LinkedHashMap<>();
        List<TextLine> lines = document.lines();
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String text = textOf(line);
            if (text.isEmpty() || furniture.isFurniture(text)) continue;
            if (furniture.isAttribution(text)) {
                attribution = text;
                continue;
            }
            Map<String, String> fields = furniture.imprintOf(text);
            if (!fields.isEmpty()) {
                imprint.putAll(fields);
                continue;
            }
            if (line.role() == Role.HEADING_1 && title.isEmpty() && !context.headings().isKnownHeading(text)) {
                title = text;
                assembly.titleSeen();
                continue;
            }
            if (line.isHeadingByMarkup()) {
                assembly.heading(text, document.source().file() + " " + provenanceOf(line).describe());
                continue;
            }
            if (assembly.inNonContent()) continue;
            int end = endOfBlock(lines, i, furniture);
            assembly.add(blockOf(lines.subList(i, end), furniture));
            i = end - 1;
        }
        List<Warning> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(assembly.warnings());
        Edition edition = new Edition(imprint.getOrDefault("edition", ""),
                ImprintDates.yearMonthOf(imprint.getOrDefault("date", "")));
        return new Leaflet(context.leafletId(), context.language(), null, title, edition,
                imprint.getOrDefault("publisher", ""), imprint.getOrDefault("copyright", ""), attribution,
                document.source(), assembly.sections(), warnings);
    }

    /**
     * Where the block starting at line {@code start} ends: list items run on while they last, a
     * term takes the definitions after it, a caption the credit under it.
     */
    private static int endOfBlock(List<TextLine> lines, int start, PageFurniture furniture) {
        Role role = lines.get(start).role();
        int end = start + 1;
        switch (role) {
            case LIST_ITEM -> {
                while (end < lines.size() && lines.get(end).role() == Role.LIST_ITEM) end++;
            }
            case TERM -> {
                while (end < lines.size() && lines.get(end).role() == Role.DEFINITION) end++;
            }
            case CAPTION -> {
                if (end < lines.size() && furniture.isCredit(textOf(lines.get(end)))) end++;
            }
            default -> { }
        }
        return end;
    }

    private static Block blockOf(List<TextLine> block, PageFurniture furniture) {
        TextLine first = block.get(0);
        String text = textOf(first);
        Provenance from = provenanceOf(first, block.get(block.size() - 1));
        return switch (first.role()) {
            case LIST_ITEM -> new BulletList(block.stream().map(MarkupStructure::textOf).toList(), from);
            case TERM -> block.size() == 1 ? new Paragraph(text, "", from)
                    : new GlossaryTerm(text, String.join(" ", block.subList(1, block.size()).stream()
                            .map(MarkupStructure::textOf).toList()), from);
            case CAPTION -> new Figure(text, block.size() > 1 ? textOf(block.get(1)) : "", from);
            case NOTE -> new Note(text, from);
            default -> furniture.isCredit(text) ? new Figure("", text, from)
                    : furniture.isNote(text) ? new Note(text, from) : new Paragraph(text, "", from);
        };
    }

    private static String textOf(TextLine line) {
        return line.text().strip().replaceAll("\\s+", " ");
    }

    private static Provenance provenanceOf(TextLine line) {
        return provenanceOf(line, line);
    }

    private static Provenance provenanceOf(TextLine first, TextLine last) {
        return first.page() > 0 ? Provenance.page(first.page()) : Provenance.lines(first.number(), last.number());
    }
}
