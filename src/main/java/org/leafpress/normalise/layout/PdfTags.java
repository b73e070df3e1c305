package org.leafpress.normalise.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.leafpress.extract.TextLine;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;

/**
 * What a tagged PDF's structure tree says about its lines, believed only as far as the printed
 * page bears it out.
 *
 * <p>Office suites tag from paragraph styles, so their trees are thin in known ways: a title, a
 * contents list's heading or a designer's own heading style comes out as a plain P, imprint lines and
 * the lines of a ruled notes page as paragraphs, and a picture's alt text stands where no reader
 * sees it. So the tree never takes a heading away from the layout; it adds the headings it marks
 * (a bold heading set no larger than the text is one the type scale misses) and says where each
 * paragraph and list item begins and ends, which the layout can only guess across a column or page
 * break and between paragraphs set with no space between them. The cover, furniture, small print
 * and run-in terms stay the layout's business: the tree says nothing about them.
 *
 * <p>A tree is believed only if it covers nearly all the text, its headings look like headings,
 * and its blocks agree with the layout wherever the layout is sure: a paragraph gap is a break, a
 * line that runs on in mid-sentence into a lower-case line just like it is not. Otherwise it is set aside with a
 * warning and the layout alone is read.
 */
public final class PdfTags {

    /** Below this share of the text inside tagged blocks, the tree has missed part of the page. */
    private static final double MIN_COVERAGE = 0.9;
    /** More disagreements than this share of the layout's sure calls and the tree's blocks are wrong. */
    private static final double MAX_DISAGREEMENT = 0.1;
    private static final Pattern RUNS_ON = Pattern.compile(".*[\\p{L},;\u2013\u2014-]$");
    private static final Pattern LOWER_START = Pattern.compile("^\\p{Ll}.*");

    static final PdfTags NONE = new PdfTags(false, false, List.of());

    private final boolean headings;
    private final boolean blocks;
    private final List<Warning> warnings;

    private PdfTags(boolean headings, boolean blocks, List<Warning> warnings) {
        this.headings = headings;
        this.blocks = blocks;
        this.warnings = List.copyOf(warnings);
    }

    /** How far to believe the tags of {@code lines} (the text without furniture), in {@code file}. */
    public static PdfTags of(List<LayoutLine> lines, TypeScale scale, String file) {
        long tagged = lines.stream().filter(LayoutLine::isTagged).mapToLong(l -> l.text().length()).sum();
        if (tagged == 0) return NONE;
        long all = lines.stream().mapToLong(l -> l.text().length()).sum();
        List<Warning> warnings = new ArrayList<>();
        double coverage = (double) tagged / all;
        if (coverage < MIN_COVERAGE) {
            warnings.add(setAside(file, String.format("only %.0f%% of its text is inside tagged blocks",
                    100 * coverage), "structure was"));
            return new PdfTags(false, false, warnings);
        }
        List<LayoutLine> misplaced = lines.stream().filter(LayoutLine::isTaggedHeading)
                .filter(l -> !l.isBold() && l.size() < scale.body() * 1.1f).toList();
        boolean headings = misplaced.isEmpty();
        if (!headings) {
            warnings.add(setAside(file, "it tags running text as a heading (\"" + misplaced.get(0).text() + "\", "
                    + misplaced.get(0).where() + ")", "headings were"));
        }
        double disagreement = disagreementOf(lines, scale);
        boolean blocks = disagreement <= MAX_DISAGREEMENT;
        if (!blocks) {
            warnings.add(setAside(file, String.format("its paragraphs disagree with the page's spacing at %.0f%% of "
                    + "the places the spacing is clear", 100 * disagreement), "paragraphs were"));
        }
        return new PdfTags(headings, blocks, warnings);
    }

    /** Whether the tree marks this line as a heading, and is believed on headings. */
    boolean isHeading(LayoutLine line) {
        return headings && line.isTaggedHeading();
    }

    /** Whether the tree puts both lines in one block; empty when it cannot say or is not believed. */
    Optional<Boolean> sameBlock(LayoutLine a, LayoutLine b) {
        if (!blocks || a == null || b == null || !a.isTagged() || !b.isTagged()) return Optional.empty();
        return Optional.of(a.block() == b.block());
    }

    /** Whether the tree marks this line as part of a list item, and is believed on blocks. */
    boolean isListItem(LayoutLine line) {
        return blocks && line.role() == TextLine.Role.LIST_ITEM;
    }

    /** Whether any of the tree is believed. */
    public boolean isBelieved() {
        return headings || blocks;
    }

    List<Warning> warnings() {
        return warnings;
    }

    /**
     * The share of the layout's sure calls the tree contradicts, between body lines that follow
     * each other in one column: a gap wider than a paragraph's is a break the tree must not join
     * across; a line ending in mid-sentence followed by one in the same style and at the same
     * indent, starting in lower case, runs on, and the tree must not break there. (A bold term
     * above its indented definition is neither: it is not a sure call.)
     */
    private static double disagreementOf(List<LayoutLine> lines, TypeScale scale) {
        int sure = 0;
        int contradicted = 0;
        for (int i = 1; i < lines.size(); i++) {
            LayoutLine above = lines.get(i - 1);
            LayoutLine line = lines.get(i);
            if (!above.isTagged() || !line.isTagged() || above.page() != line.page()
                    || above.column() != line.column() || !scale.isBody(above) || !scale.isBody(line)) {
                continue;
            }
            boolean same = above.block() == line.block();
            if (line.gapAbove() > scale.paragraphGap()) {
                sure++;
                if (same) contradicted++;
            } else if (line.hasStyleOf(above) && Math.abs(line.x() - above.x()) < 1
                    && RUNS_ON.matcher(above.text()).matches() && LOWER_START.matcher(line.text()).matches()) {
                sure++;
                if (!same) contradicted++;
            }
        }
        return sure == 0 ? 0 : (double) contradicted / sure;
    }

    private static Warning setAside(String file, String why, String what) {
        return new Warning(WarningCode.PDF_TAGS_SET_ASIDE, "the PDF is tagged, but " + why + "; its " + what + " read "
                + "from the layout alone. Export it again with tags from the source document, or ignore this", file);
    }
}
