package org.leafpress.normalise;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.TextLine;
import org.leafpress.model.Block;
import org.leafpress.model.Edition;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Provenance;
import org.leafpress.model.Warning;

/**
 * Structure from plain text: a web page's text, a translator's text, a text pulled out of a PDF.
 * Blank lines separate paragraphs; a line that is already a whole paragraph (long, ending a
 * sentence) stands alone; a short single line that does not end a sentence is a heading; site
 * furniture, the imprint and attributions are not content.
 */
public final class TextStructure implements StructureReader {

    /** A wrapped line is rarely longer; a longer line ending a sentence is an unwrapped paragraph. */
    private static final int WRAPPED_LINE_LENGTH = 120;
    private static final int HEADING_MAX_LENGTH = 100;

    /** Consecutive lines that belong together, with their line numbers. */
    private record Chunk(List<String> lines, int first, int last) {
        boolean isSingleLine() {
            return lines.size() == 1;
        }
    }

    @Override
    public Leaflet read(ExtractedDocument document, StructureContext context) {
        List<Chunk> chunks = chunksOf(document.lines(), context.furniture());
        String allText = String.join("\n", document.lines().stream().map(TextLine::text).toList());
        LineJoiner joiner = LineJoiner.forDocument(allText);
        SectionAssembly assembly = new SectionAssembly(context.headings(), context.language());
        Imprint imprint = new Imprint();
        String where = document.source().file();

        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            String text = joiner.join(c.lines());
            Map<String, String> fields = context.furniture().imprintOf(text);
            if (!fields.isEmpty() && c.isSingleLine()) {
                imprint.add(fields);
                continue;
            }
            if (context.furniture().isAttribution(text)) {
                imprint.attribution = text;
                continue;
            }
            boolean nextIsText = i + 1 < chunks.size() && !looksLikeHeading(chunks.get(i + 1), context);
            if (looksLikeHeading(c, context)) {
                if (context.headings().isKnownHeading(text)) {
                    assembly.heading(text, where + " line " + c.first());
                    continue;
                }
                if (imprint.title.isEmpty() && assembly.sections().isEmpty() && nextIsText) {
                    imprint.title = text;
                    assembly.titleSeen();
                    continue;
                }
                if (nextIsText) {
                    assembly.heading(text, where + " line " + c.first());
                    continue;
                }
            }
            if (assembly.inNonContent()) continue;
            Provenance from = Provenance.lines(c.first(), c.last());
            Block block = context.furniture().isNote(text) ? new Note(text, from) : new Paragraph(text, "", from);
            assembly.add(block);
        }
        List<Warning> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(assembly.warnings());
        return new Leaflet(context.leafletId(), context.language(), null, imprint.title,
                new Edition(imprint.edition, imprint.date), imprint.publisher, imprint.copyright, imprint.attribution,
                document.source(), assembly.sections(), warnings);
    }

    private static boolean looksLikeHeading(Chunk c, StructureContext context) {
        if (!c.isSingleLine()) return false;
        String line = c.lines().get(0).strip();
        if (line.length() > HEADING_MAX_LENGTH || line.isEmpty()) return false;
        if (context.headings().isKnownHeading(line)) return true;
        char last = line.charAt(line.length() - 1);
        return ".,;:".indexOf(last) < 0 && Character.isUpperCase(line.codePointAt(0))
                && context.furniture().imprintOf(line).isEmpty();
    }

    /** Splits the lines at blank lines and after lines that are whole paragraphs; drops furniture. */
    private static List<Chunk> chunksOf(List<TextLine> lines, PageFurniture furniture) {
        List<Chunk> chunks = new ArrayList<>();
        List<String> open = new ArrayList<>();
        int first = 0;
        int last = 0;
        for (TextLine line : lines) {
            boolean furnitureLine = !line.isBlank() && furniture.isFurniture(line.text());
            if (line.isBlank() || furnitureLine) {
                if (!open.isEmpty()) chunks.add(new Chunk(List.copyOf(open), first, last));
                open.clear();
                continue;
            }
            if (standsAlone(line.text(), furniture)) {
                if (!open.isEmpty()) chunks.add(new Chunk(List.copyOf(open), first, last));
                open.clear();
                chunks.add(new Chunk(List.of(line.text()), line.number(), line.number()));
                continue;
            }
            if (open.isEmpty()) first = line.number();
            open.add(line.text());
            last = line.number();
            if (isWholeParagraph(line.text())) {
                chunks.add(new Chunk(List.copyOf(open), first, last));
                open.clear();
            }
        }
        if (!open.isEmpty()) chunks.add(new Chunk(List.copyOf(open), first, last));
        return chunks;
    }

    /** Imprint and attribution lines are metadata even when no blank line sets them apart. */
    private static boolean standsAlone(String line, PageFurniture furniture) {
        return furniture.isAttribution(line) || !furniture.imprintOf(line).isEmpty();
    }

    private static boolean isWholeParagraph(String line) {
        String s = line.strip();
        return s.length() > WRAPPED_LINE_LENGTH && s.matches(".*[.!?:»\"”)]$");
    }

    /** The imprint fields found so far. */
    private static final class Imprint {
        String title = "";
        String edition = "";
        String date = "";
        String publisher = "";
        String copyright = "";
        String attribution = "";

        void add(Map<String, String> fields) {
            edition = fields.getOrDefault("edition", edition);
            date = fields.containsKey("date") ? ImprintDates.yearMonthOf(fields.get("date")) : date;
            publisher = fields.getOrDefault("publisher", publisher);
            copyright = fields.getOrDefault("copyright", copyright);
        }
    }
}
