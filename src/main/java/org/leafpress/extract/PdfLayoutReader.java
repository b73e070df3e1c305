package org.leafpress.extract;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.leafpress.model.SourceRef;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;

/**
 * Reads a PDF's text with its layout: each printed line with its page, size, face, position,
 * column and the space above it, in reading order (the left column before the right). In a tagged
 * PDF each line also carries the block of the structure tree it belongs to, and that block's role.
 *
 * <p>A line that changes face part-way ("<b>dose</b> the amount taken at one time") comes as one
 * {@link TextLine} a run, all with the line's page, number and y; each run after the first begins
 * with the white space that separated it, so the runs put end to end give the line back. A gap as
 * wide as a tab stop or a leader comes as a tab ("Side effects\t4").
 */
public final class PdfLayoutReader implements DocumentReader {

    @Override
    public ExtractedDocument read(Path file, SourceRef source, Optional<Charset> declaredCharset)
            throws SourceUnreadableException {
        if (!Files.isReadable(file)) {
            throw new SourceUnreadableException(file, "the file does not exist or cannot be read; check its path "
                    + "and permissions in the leaflet's folder");
        }
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<List<Glyph>> glyphs = GlyphCollector.glyphsOf(pdf);
            if (glyphs.stream().allMatch(List::isEmpty)) {
                throw new SourceUnreadableException(file, "the PDF has no text, only images (a scan or outlined "
                        + "type); export it again from the design application with live text, or run it through OCR");
            }
            List<Warning> warnings = new ArrayList<>();
            StructureTags tags = StructureTags.of(pdf);
            List<TextLine> lines = linesOf(glyphs, tags, warnings);
            Map<String, String> metadata = metadataOf(pdf);
            if (!tags.isEmpty()) metadata.put("tagged", "true");
            return new ExtractedDocument(file, source, ExtractedDocument.Kind.PDF_LAYOUT, lines, metadata, warnings);
        } catch (InvalidPasswordException e) {
            throw new SourceUnreadableException(file, "the PDF is encrypted; export it again without a password", e);
        } catch (NoSuchFileException e) {
            throw new SourceUnreadableException(file, "the file does not exist; check its path in the leaflet's folder",
                    e);
        } catch (IOException | RuntimeException e) {
            // PDFBox repairs what it can; what is left is a file cut short or not a PDF at all.
            throw new SourceUnreadableException(file, "the PDF is damaged or cut short (PDFBox says: "
                    + String.valueOf(e.getMessage()).replaceAll("[.\\s]+$", "") + "); export it again from the "
                    + "design application, or copy it again if the copy was cut short", e);
        }
    }

    private static List<TextLine> linesOf(List<List<Glyph>> glyphs, StructureTags tags, List<Warning> warnings) {
        List<List<PlacedLine>> pages = new ArrayList<>();
        for (List<Glyph> page : glyphs) pages.add(ColumnReader.linesOf(PageSegments.segmentsOf(page)));
        LineSpacing spacing = LineSpacing.of(pages);
        List<TextLine> lines = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PlacedLine> page = pages.get(p);
            if (page.isEmpty()) {
                warnings.add(new Warning(WarningCode.PAGE_WITHOUT_TEXT, "page " + (p + 1) + " has no text (an image or a "
                        + "blank page); any words on it are not read", "p. " + (p + 1)));
            }
            int number = 0;
            for (PlacedLine line : page) {
                number++;
                float gap = spacing.gapAbove(line, page);
                Optional<StructureTags.TaggedBlock> block = tags.blockOf(p, line.glyphs());
                TextLine.Role role = block.map(StructureTags.TaggedBlock::role).orElse(TextLine.Role.UNKNOWN);
                int blockId = block.map(StructureTags.TaggedBlock::id).orElse(0);
                for (PlacedLine.StyledRun run : line.runs()) {
                    lines.add(new TextLine(run.text(), p + 1, number, run.size(), run.face().bold(),
                            run.face().italic(), line.x(), line.top(), line.column(), gap, role, blockId));
                }
            }
        }
        return lines;
    }

    /** What the PDF's Info dictionary says: title, subject, keywords and author, when set. */
    private static Map<String, String> metadataOf(PDDocument pdf) {
        PDDocumentInformation info = pdf.getDocumentInformation();
        Map<String, String> metadata = new LinkedHashMap<>();
        put(metadata, "title", info.getTitle());
        put(metadata, "subject", info.getSubject());
        put(metadata, "keywords", info.getKeywords());
        put(metadata, "author", info.getAuthor());
        return metadata;
    }

    private static void put(Map<String, String> metadata, String key, String value) {
        if (value != null && !value.isBlank()) metadata.put(key, value.strip());
    }
}
