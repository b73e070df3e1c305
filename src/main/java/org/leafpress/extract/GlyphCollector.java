package org.leafpress.extract;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Collects the glyphs of every page of a PDF; the layout is read from them, not from PDFBox's own text. */
final class GlyphCollector extends PDFTextStripper {

    private final List<List<Glyph>> pages = new ArrayList<>();
    private final Map<PDFont, FontFace> faces = new IdentityHashMap<>();
    /** The marked-content ids open around the glyph being drawn, innermost first (-1: no id). */
    private final Deque<Integer> markedContent = new ArrayDeque<>();
    /** The id each glyph of the current page was drawn in, kept until the page is written. */
    private final Map<TextPosition, Integer> mcids = new IdentityHashMap<>();

    private GlyphCollector() {
        // Stream order: the reading order is worked out from positions afterwards.
        setSortByPosition(false);
    }

    /** The glyphs of each page, one list a page (empty for a page with no text). */
    static List<List<Glyph>> glyphsOf(PDDocument pdf) throws IOException {
        GlyphCollector collector = new GlyphCollector();
        for (int i = 0; i < pdf.getNumberOfPages(); i++) collector.pages.add(new ArrayList<>());
        collector.writeText(pdf, Writer.nullWriter());
        return collector.pages;
    }

    @Override
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        int mcid = properties == null ? -1 : properties.getInt(COSName.MCID, -1);
        // A sequence without an id (a /Span for a font change) stays part of the one around it.
        markedContent.push(mcid >= 0 ? mcid : markedContent.isEmpty() ? -1 : markedContent.peek());
        super.beginMarkedContentSequence(tag, properties);
    }

    @Override
    public void endMarkedContentSequence() {
        if (!markedContent.isEmpty()) markedContent.pop();
        super.endMarkedContentSequence();
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        mcids.put(text, markedContent.isEmpty() ? -1 : markedContent.peek());
        super.processTextPosition(text);
    }

    @Override
    protected void writePage() {
        // A page without a content stream is never written, so index by page number, not by call.
        List<Glyph> page = pages.get(getCurrentPageNo() - 1);
        for (List<TextPosition> article : charactersByArticle) {
            for (TextPosition position : article) {
                String text = position.getUnicode();
                if (text != null && !text.isEmpty()) page.add(glyphOf(position, text));
            }
        }
        mcids.clear();
        markedContent.clear();
    }

    private Glyph glyphOf(TextPosition p, String text) {
        // getFontSizeInPt() is truncated to a whole number; the text matrix has the real size (10.5, not 10).
        float size = p.getYScale() > 0 ? p.getYScale() : p.getFontSizeInPt();
        float spaceWidth = p.getWidthOfSpace() > 0 && Float.isFinite(p.getWidthOfSpace())
                ? p.getWidthOfSpace() : size * 0.25f;
        FontFace face = faces.computeIfAbsent(p.getFont(), FontFace::of);
        return new Glyph(text, p.getXDirAdj(), p.getWidthDirAdj(), p.getYDirAdj(), size,
                size * ascentOf(p.getFont()), spaceWidth, face, mcids.getOrDefault(p, -1));
    }

    private static float ascentOf(PDFont font) {
        PDFontDescriptor descriptor = font == null ? null : font.getFontDescriptor();
        float ascent = descriptor == null ? 0 : descriptor.getAscent() / 1000f;
        return ascent > 0.3f && ascent < 1.5f ? ascent : 0.8f;
    }
}
