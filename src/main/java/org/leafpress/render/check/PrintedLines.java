package org.leafpress.render.check;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The lines of text a reader sees on a PDF's pages, top to bottom, with every kind of space made
 * one plain space, read once per page and kept. Text clipped away is left out.
 */
final class PrintedLines {

    private final PDDocument document;
    private final Map<Integer, List<String>> pages = new HashMap<>();

    PrintedLines(PDDocument document) {
        this.document = document;
    }

    /** The lines of page {@code page} (1-based). */
    List<String> of(int page) throws IOException {
        List<String> lines = pages.get(page);
        if (lines == null) {
            lines = read(page);
            pages.put(page, lines);
        }
        return lines;
    }

    private List<String> read(int page) throws IOException {
        List<String> lines = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            private final StringBuilder line = new StringBuilder();

            private final Deque<Optional<Rectangle2D>> savedClips = new ArrayDeque<>();
            private Optional<Rectangle2D> clip = Optional.empty();
            private Rectangle2D path;
            private boolean clipPending;

            /**
             * Only what a reader sees: Flying Saucer also paints the first line of a block that
             * starts at a page break on the page before, clipped away, and a plain text stripper
             * (which follows no clipping path) would find it there. This one follows rectangular
             * clips by the bounds of their paths.
             */
            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                switch (operator.getName()) {
                    case "q" -> savedClips.push(clip);
                    case "Q" -> clip = savedClips.isEmpty() ? Optional.empty() : savedClips.pop();
                    case "m", "l", "c", "v", "y" -> {
                        for (int i = 0; i + 1 < operands.size(); i += 2) addPoint(operands.get(i), operands.get(i + 1));
                    }
                    case "re" -> {
                        if (operands.size() == 4 && operands.get(0) instanceof COSNumber x
                                && operands.get(1) instanceof COSNumber y && operands.get(2) instanceof COSNumber w
                                && operands.get(3) instanceof COSNumber h) {
                            addPoint(x.floatValue(), y.floatValue());
                            addPoint(x.floatValue() + w.floatValue(), y.floatValue() + h.floatValue());
                        }
                    }
                    case "W", "W*" -> clipPending = true;
                    case "n", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*" -> {
                        if (clipPending && path != null) {
                            Rectangle2D bounds = path;
                            clip = Optional.of(clip.map(c -> c.createIntersection(bounds)).orElse(bounds));
                        }
                        clipPending = false;
                        path = null;
                    }
                    default -> { }
                }
                super.processOperator(operator, operands);
            }

            private void addPoint(COSBase x, COSBase y) {
                if (x instanceof COSNumber nx && y instanceof COSNumber ny) addPoint(nx.floatValue(), ny.floatValue());
            }

            private void addPoint(float x, float y) {
                Point2D.Float point = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
                if (path == null) {
                    path = new Rectangle2D.Double(point.x, point.y, 0, 0);
                } else {
                    path.add(point);
                }
            }

            @Override
            protected void processTextPosition(TextPosition text) {
                // The stripper moves text by the CropBox's corner; the clip is where the page drew it.
                Matrix at = text.getTextMatrix();
                PDRectangle crop = getCurrentPage().getCropBox();
                double x = at.getTranslateX() + crop.getLowerLeftX() + text.getWidthDirAdj() / 2;
                double y = at.getTranslateY() + crop.getLowerLeftY() + text.getHeightDir() / 2;
                if (clip.map(c -> c.contains(x, y)).orElse(true)) super.processTextPosition(text);
            }

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                line.append(text);
            }

            @Override
            protected void writeWordSeparator() {
                line.append(' ');
            }

            @Override
            protected void writeLineSeparator() {
                flush();
            }

            @Override
            protected void writeParagraphEnd() {
                flush();
            }

            @Override
            protected void endPage(org.apache.pdfbox.pdmodel.PDPage p) {
                flush();
            }

            private void flush() {
                String text = normalise(line.toString());
                if (!text.isEmpty()) lines.add(text);
                line.setLength(0);
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return List.copyOf(lines);
    }

    /** {@code text} with every run of spaces (word, no-break, narrow, line breaks) made one space. */
    static String normalise(String text) {
        return text.replaceAll("[\\s\\u00A0\\u2007\\u2009\\u202F\\u2060]+", " ").strip();
    }

    /**
     * The index of the last line of {@code heading} on the page, if one line, or up to three lines
     * in a row, say exactly it; -1 if none does.
     */
    static int lastLineOf(List<String> lines, String heading) {
        String wanted = normalise(heading);
        for (int i = 0; i < lines.size(); i++) {
            String joined = lines.get(i);
            for (int j = i; j < Math.min(lines.size(), i + 3); j++) {
                if (j > i) joined = joined + " " + lines.get(j);
                if (joined.equals(wanted)) return j;
                if (!wanted.startsWith(joined)) break;
            }
        }
        return -1;
    }
}
