package org.leafpress.normalise;

import java.util.ArrayList;
import java.util.List;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.TextLine;
import org.leafpress.model.BulletList;
import org.leafpress.model.Edition;
import org.leafpress.model.Figure;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Provenance;
import org.leafpress.model.Warning;

/**
 * Structure from markup (HTML, DOCX, ODT): the source says which lines are headings, paragraphs
 * and list items, so this reader trusts it. The first top-level heading is the title.
 */
public final class MarkupStructure implements StructureReader {

    @Override
    public Leaflet read(ExtractedDocument document, StructureContext context) {
        SectionAssembly assembly = new SectionAssembly(context.headings(), context.language());
        String title = "";
        String copyright = "";
        String attribution = "";
        List<String> items = new ArrayList<>();
        int itemsFrom = 0;
        List<TextLine> lines = document.lines();
        for (int i = 0; i <= lines.size(); i++) {
            TextLine line = i < lines.size() ? lines.get(i) : null;
            if (!items.isEmpty() && (line == null || line.role() != TextLine.Role.LIST_ITEM)) {
                assembly.add(new BulletList(items, provenanceOf(lines.get(itemsFrom))));
                items = new ArrayList<>();
            }
            if (line == null) break;
            String text = line.text().strip().replaceAll("\\s+", " ");
            if (text.isEmpty() || context.furniture().isFurniture(text)) continue;
            if (context.furniture().isAttribution(text)) {
                attribution = text;
                continue;
            }
            String stated = context.furniture().imprintOf(text).getOrDefault("copyright", "");
            if (!stated.isEmpty()) {
                copyright = stated;
                continue;
            }
            if (line.role() == TextLine.Role.HEADING_1 && title.isEmpty() && !context.headings().isKnownHeading(text)) {
                title = text;
                assembly.titleSeen();
                continue;
            }
            if (line.isHeadingByMarkup()) {
                assembly.heading(text, document.source().file() + " " + provenanceOf(line).describe());
                continue;
            }
            if (assembly.inNonContent()) continue;
            switch (line.role()) {
                case LIST_ITEM -> {
                    if (items.isEmpty()) itemsFrom = i;
                    items.add(text);
                }
                case CAPTION -> assembly.add(new Figure(text, "", provenanceOf(line)));
                case NOTE -> assembly.add(new Note(text, provenanceOf(line)));
                default -> assembly.add(context.furniture().isNote(text) ? new Note(text, provenanceOf(line))
                        : new Paragraph(text, "", provenanceOf(line)));
            }
        }
        List<Warning> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(assembly.warnings());
        return new Leaflet(context.leafletId(), context.language(), null, title, Edition.UNKNOWN, "", copyright,
                attribution, document.source(), assembly.sections(), warnings);
    }

    private static Provenance provenanceOf(TextLine line) {
        return line.page() > 0 ? Provenance.page(line.page()) : Provenance.lines(line.number(), line.number());
    }
}
