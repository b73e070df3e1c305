package org.leafpress.normalise.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.model.DetectedLanguage;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Warning;
import org.leafpress.normalise.LineJoiner;
import org.leafpress.normalise.StructureContext;
import org.leafpress.normalise.StructureReader;

/**
 * Recovers a leaflet's structure from a PDF's layout, helped by its structure tree where it has a
 * believable one ({@link PdfTags}): headings by their size and weight
 * next to the body text, never by their words; the cover, page numbers, running lines and the
 * contents list set aside; paragraphs joined across lines, columns and pages; captions, the
 * imprint and run-in terms (a bold term opening its definition) told by their type.
 */
public final class LayoutStructure implements StructureReader {

    @Override
    public Leaflet read(ExtractedDocument document, StructureContext context) {
        if (document.kind() != ExtractedDocument.Kind.PDF_LAYOUT) {
            throw new IllegalArgumentException(document.file() + " has no PDF layout to read (" + document.kind() + ")");
        }
        List<LayoutLine> all = LayoutLine.linesOf(document.lines());
        TypeScale scale = TypeScale.of(all);
        LineJoiner joiner = LineJoiner.ofLines(all.stream().map(LayoutLine::text).toList());
        Set<LayoutLine> furniture = PageEdges.furnitureOf(all, context.furniture());
        List<LayoutLine> flow = all.stream().filter(l -> !furniture.contains(l)).toList();
        PdfTags tags = PdfTags.of(flow, scale, document.source().file());
        Cover cover = Cover.of(flow, scale, joiner);
        flow = flow.stream().filter(l -> !cover.lines().contains(l)).toList();
        ContentsList contents = ContentsList.of(flow);
        flow = flow.stream().filter(l -> !contents.contains(l)).toList();

        SectionBuilder sections = new SectionBuilder(context, scale, joiner, ColumnEdges.of(flow, scale), tags);
        if (!cover.title().isBlank()) sections.titleSeen();
        sections.read(flow);
        Imprint imprint = sections.imprint();
        String title = Stream.of(cover.title(), document.metadata().getOrDefault("title", ""), imprint.title())
                .filter(t -> !t.isBlank()).findFirst().orElse("");

        List<Warning> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(tags.warnings());
        warnings.addAll(sections.warnings());
        warnings.addAll(contents.mismatches(sections.headings()));
        warnings.addAll(imprint.warnings(title));
        return new Leaflet(context.leafletId(), context.language(), DetectedLanguage.UNKNOWN, title,
                imprint.edition(), imprint.publisher(), imprint.copyright(), "", document.source(), sections.sections(),
                warnings);
    }
}
