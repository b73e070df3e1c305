package org.leafpress.normalise;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.TextLine;
import org.leafpress.model.Block;
import org.leafpress.model.Edition;
import org.leafpress.model.Figure;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Provenance;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.model.Warning;

/**
 * Structure from plain text: a web page's text, a translator's text, a text pulled out of a PDF.
 *
 * <p>Blank lines separate paragraphs; a line that is already a whole paragraph (long, ending a
 * sentence) stands alone; a short line that does not end a sentence is a heading, and a heading
 * the vocabulary knows is one even at the top of a paragraph. Site furniture, page numbers, the
 * imprint, attributions and contents lists are not content. A text pulled out of a PDF can be out
 * of reading order: a section that comes before the one already open (by the vocabulary's order)
 * is an interjection, and the text after the furniture that ends it goes back to the section the
 * interjection interrupted.
 */
public final class TextStructure implements StructureReader {

    /** A wrapped line is rarely longer; a longer line ending a sentence is an unwrapped paragraph. */
    private static final int WRAPPED_LINE_LENGTH = 120;
    private static final int HEADING_MAX_LENGTH = 100;
    /** In a list of terms, plain text sets a term apart from its definition by two or more spaces. */
    private static final Pattern TERM_AND_DEFINITION = Pattern.compile("^(\\S.{0,80}?\\S)[ \\t]{2,}(\\S.*)$");

    /** Consecutive lines that belong together, with their line numbers. */
    private record Chunk(List<String> lines, int first, int last) {
        boolean isSingleLine() {
            return lines.size() == 1;
        }

        String firstLine() {
            return lines.get(0).strip();
        }

        Chunk withoutFirstLine() {
            return new Chunk(lines.subList(1, lines.size()), first + 1, last);
        }
    }

    @Override
    public Leaflet read(ExtractedDocument document, StructureContext context) {
        HeadingVocabulary vocabulary = context.headings();
        PageFurniture furniture = context.furniture();
        List<Chunk> chunks = splitLeadingHeadings(chunksOf(document.lines(), furniture), vocabulary);
        LineJoiner joiner = LineJoiner.ofLines(document.lines().stream().map(TextLine::text).toList());
        SectionAssembly assembly = new SectionAssembly(vocabulary, context.language());
        ImprintFields imprint = new ImprintFields();
        String file = document.source().file();

        SectionKey inOrder = null; // the last section opened in reading order
        boolean interjection = false; // an out-of-order section is open
        boolean resume = false; // an interjection ended: unheaded text goes back to inOrder
        boolean afterLayout = false; // past a layout page (ruled notes): the back cover follows
        boolean[] used = new boolean[chunks.size()];
        // Just past an opening line that states the edition (a date, a translator): a short line
        // after it, before any content, is a byline, not a heading over the whole text.
        boolean afterOpeningLine = false;
        Set<SectionKey> interjections = new LinkedHashSet<>();

        for (int i = 0; i < chunks.size(); i++) {
            if (used[i]) continue;
            Chunk c = chunks.get(i);
            String text = joiner.join(c.lines());
            String where = file + " line " + c.first();
            Map<String, String> fields = furniture.imprintOf(text);
            boolean opening = afterOpeningLine && assembly.isEmpty();
            afterOpeningLine = false;
            if (!fields.isEmpty() && c.isSingleLine()) {
                imprint.add(fields);
                afterOpeningLine = assembly.isEmpty();
                resume |= interjection;
                interjection = false;
                continue;
            }
            if (furniture.isAttribution(text)) {
                imprint.attribution = text;
                afterOpeningLine = assembly.isEmpty();
                continue;
            }
            if (isContentsList(c, vocabulary)) {
                resume |= interjection;
                interjection = false;
                continue;
            }
            if (c.isSingleLine() && furniture.isCredit(text)) {
                Optional<Integer> caption = captionBeside(chunks, used, i, context);
                caption.ifPresent(k -> used[k] = true);
                resume |= interjection;
                interjection = false;
                if (resume && inOrder != null) assembly.open(inOrder, "");
                resume = false;
                assembly.add(new Figure(caption.map(k -> joiner.join(chunks.get(k).lines())).orElse(""), text,
                        Provenance.lines(caption.map(k -> Math.min(chunks.get(k).first(), c.first())).orElse(c.first()),
                                caption.map(k -> Math.max(chunks.get(k).last(), c.last())).orElse(c.last()))));
                continue;
            }
            boolean nextIsText = i + 1 < chunks.size() && !looksLikeHeading(chunks.get(i + 1), context);
            if (looksLikeHeading(c, context)) {
                Optional<SectionKey> known = vocabulary.keyOf(text, context.language());
                if (known.isEmpty() && imprint.title.isEmpty() && i + 1 < chunks.size()
                        && !furniture.imprintOf(joiner.join(chunks.get(i + 1).lines())).isEmpty()) {
                    imprint.title = text; // the line above the edition line names the leaflet
                    continue;
                }
                if (known.isPresent()) {
                    SectionKey key = known.get();
                    if (vocabulary.isNavigation(key)) {
                        resume |= interjection;
                        interjection = false;
                        continue;
                    }
                    if (vocabulary.isLayout(key)) {
                        afterLayout = true;
                        assembly.heading(text, where);
                        continue;
                    }
                    interjection = inOrder != null && vocabulary.rank(key) < vocabulary.rank(inOrder);
                    if (interjection) interjections.add(key);
                    else inOrder = key;
                    resume = false;
                    afterLayout = false;
                    assembly.heading(text, where);
                    continue;
                }
                if (opening && imprint.publisher.isEmpty()) {
                    imprint.publisher = text; // "Shingles Information Trust" under the date line
                    afterOpeningLine = true;
                    continue;
                }
                if (imprint.title.isEmpty() && assembly.isEmpty() && nextIsText) {
                    imprint.title = text;
                    assembly.titleSeen();
                    continue;
                }
                if (nextIsText) {
                    inOrder = assembly.heading(text, where);
                    interjection = false;
                    resume = false;
                    afterLayout = false;
                    continue;
                }
            }
            if (resume && inOrder != null) {
                assembly.open(inOrder, "");
                resume = false;
            } else if (afterLayout && vocabulary.backCover().isPresent()) {
                assembly.open(vocabulary.backCover().get(), "");
                afterLayout = false;
            }
            Provenance from = Provenance.lines(c.first(), c.last());
            assembly.add(blockOf(c, text, from, assembly, context, joiner));
        }
        List<Warning> warnings = new ArrayList<>(document.warnings());
        warnings.addAll(assembly.warnings());
        return new Leaflet(context.leafletId(), context.language(), null, imprint.title,
                new Edition(imprint.edition, imprint.date), imprint.publisher, imprint.copyright, imprint.attribution,
                document.source(), inReadingOrder(assembly.sections(), interjections, vocabulary), warnings);
    }

    private static Block blockOf(Chunk c, String text, Provenance from, SectionAssembly assembly,
            StructureContext context, LineJoiner joiner) {
        boolean terms = assembly.openKey().map(context.headings()::hasTerms).orElse(false);
        Matcher entry = TERM_AND_DEFINITION.matcher(c.lines().get(0));
        if (terms && entry.matches()) {
            List<String> definition = new ArrayList<>();
            definition.add(entry.group(2));
            definition.addAll(c.lines().subList(1, c.lines().size()));
            return new GlossaryTerm(entry.group(1).strip(), joiner.join(definition), from);
        }
        return context.furniture().isNote(text) ? new Note(text, from) : new Paragraph(text, "", from);
    }

    /** The single short line just before or after a credit line: the picture's caption. */
    private static Optional<Integer> captionBeside(List<Chunk> chunks, boolean[] used, int credit,
            StructureContext context) {
        for (int k : new int[] {credit + 1, credit - 1}) {
            if (k < 0 || k >= chunks.size() || used[k]) continue;
            Chunk c = chunks.get(k);
            if (looksLikeHeading(c, context) && !context.headings().isKnownHeading(c.firstLine())) return Optional.of(k);
        }
        return Optional.empty();
    }

    /** Several lines in a row, each a heading the vocabulary knows: a contents list, not content. */
    private static boolean isContentsList(Chunk c, HeadingVocabulary vocabulary) {
        return c.lines().size() >= 2 && c.lines().stream()
                .allMatch(l -> vocabulary.isKnownHeading(l.replaceAll("[\\s.·…]*\\d{1,3}$", "")));
    }

    private static boolean looksLikeHeading(Chunk c, StructureContext context) {
        if (!c.isSingleLine()) return false;
        String line = c.firstLine();
        if (line.length() > HEADING_MAX_LENGTH || line.isEmpty()) return false;
        if (context.headings().isKnownHeading(line)) return true;
        char last = line.charAt(line.length() - 1);
        // A Spanish question opens with "¿" (an exclamation with "¡"): the capital follows it.
        String opening = line.replaceFirst("^[¿¡]+", "");
        return ".,;:".indexOf(last) < 0 && !opening.isEmpty() && Character.isUpperCase(opening.codePointAt(0))
                && context.furniture().imprintOf(line).isEmpty() && !context.furniture().isCredit(line);
    }

    /**
     * A heading the vocabulary knows, alone on a line at the top of a paragraph or after a line
     * that ends a sentence, even with no blank line around it.
     */
    private static List<Chunk> splitLeadingHeadings(List<Chunk> chunks, HeadingVocabulary vocabulary) {
        List<Chunk> out = new ArrayList<>();
        for (Chunk c : chunks) {
            if (c.isSingleLine() || isContentsList(c, vocabulary)) {
                out.add(c);
                continue;
            }
            int from = 0;
            for (int k = 0; k < c.lines().size(); k++) {
                String line = c.lines().get(k).strip();
                boolean afterSentence = k == 0 || c.lines().get(k - 1).strip().matches(".*[.!?:»”)]$");
                if (afterSentence && vocabulary.isKnownHeading(line)) {
                    if (k > from) out.add(new Chunk(c.lines().subList(from, k), c.first() + from, c.first() + k - 1));
                    out.add(new Chunk(List.of(line), c.first() + k, c.first() + k));
                    from = k + 1;
                }
            }
            if (from < c.lines().size()) out.add(new Chunk(c.lines().subList(from, c.lines().size()), c.first() + from, c.last()));
        }
        return out;
    }

    /** Sections that interrupted the reading order go back before the first section they precede. */
    private static List<Section> inReadingOrder(List<Section> sections, Set<SectionKey> interjections,
            HeadingVocabulary vocabulary) {
        List<Section> out = new ArrayList<>(sections);
        for (SectionKey key : interjections) {
            Optional<Section> moved = out.stream().filter(s -> s.key().equals(key)).findFirst();
            if (moved.isEmpty()) continue;
            out.remove(moved.get());
            int at = 0;
            while (at < out.size() && vocabulary.rank(out.get(at).key()) <= vocabulary.rank(key)) at++;
            out.add(at, moved.get());
        }
        return out;
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

    /** Imprint, attribution and credit lines are what they are even with no blank line around them. */
    private static boolean standsAlone(String line, PageFurniture furniture) {
        return furniture.isAttribution(line) || furniture.isCredit(line) || !furniture.imprintOf(line).isEmpty();
    }

    private static boolean isWholeParagraph(String line) {
        String s = line.strip();
        return s.length() > WRAPPED_LINE_LENGTH && s.matches(".*[.!?:»\"”)]$");
    }

    /** The imprint fields found so far. */
    private static final class ImprintFields {
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
