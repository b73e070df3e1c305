package org.leafpress.render.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;

/**
 * The checks a finished PDF must pass before it is published (PDFBox), each returning findings
 * that name the check and the page:
 * <ul>
 * <li>{@code page-count}: a multiple of 4 for a booklet (or the size's multiple), or the exact
 *     count of sheet sides for an imposed booklet;</li>
 * <li>{@code page-boxes}: TrimBox, BleedBox and MediaBox as asked;</li>
 * <li>{@code fonts-embedded}: every font on every page embedded, as a subset, Identity-H;</li>
 * <li>{@code metadata}: title, {@code /Lang}, and XMP that agrees with the document information;</li>
 * <li>{@code contents-pages}: each contents entry is printed, and its section heading is on the
 *     page it gives, which is also where its link goes;</li>
 * <li>{@code heading-kept-with-text}: no heading is the last thing on its page;</li>
 * <li>{@code widows-orphans}: a paragraph split by a page break leaves at least two lines on
 *     each page;</li>
 * <li>{@code outline}: a bookmark for each section, opening the page the contents give.</li>
 * </ul>
 * and, for the printer's master, {@link #samePages} ({@code master-matches-plain}).
 */
public final class PdfCheck {

    private static final double TOLERANCE = 0.5; // points: Flying Saucer rounds page sizes to 1/20 pt
    private static final Pattern ENTRY_NUMBER = Pattern.compile("[\\s.]*?\\.{2,}[\\s.]*(\\d+)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\d{1,4}");

    private PdfCheck() {}

    /** Every finding about {@code pdf}; empty when it passes. */
    public static List<PrintFinding> check(byte[] pdf, PdfExpectations expected) {
        List<PrintFinding> findings = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            pageCount(document, expected, findings);
            pageBoxes(document, expected.boxes(), findings);
            fonts(document, findings);
            metadata(document, expected, findings);
            if (expected.layout()) {
                PrintedLines lines = new PrintedLines(document);
                List<Integer> contentsPages = contentsPages(document, lines, expected, findings);
                headingsKeptWithText(lines, expected, contentsPages, findings);
                widowsAndOrphans(document, lines, expected, findings);
                outline(document, expected, contentsPages, findings);
            }
        } catch (IOException e) {
            findings.add(new PrintFinding("readable", expected.file(), "PDFBox cannot read the PDF back: " + e.getMessage()));
        }
        return findings;
    }

    /**
     * The check that the printer's master prints what the plain PDF does, page for page, line for
     * line ({@code master-matches-plain}): it is laid out anew on a larger page, and a page that
     * broke differently would make the proof the editors approved differ from what is printed.
     */
    public static List<PrintFinding> samePages(byte[] master, byte[] plain) {
        List<PrintFinding> findings = new ArrayList<>();
        try (PDDocument m = Loader.loadPDF(master); PDDocument p = Loader.loadPDF(plain)) {
            if (m.getNumberOfPages() != p.getNumberOfPages()) {
                findings.add(new PrintFinding("master-matches-plain", "the whole document", "the master has "
                        + m.getNumberOfPages() + " pages, the plain PDF " + p.getNumberOfPages()));
                return findings;
            }
            PrintedLines masterLines = new PrintedLines(m);
            PrintedLines plainLines = new PrintedLines(p);
            for (int page = 1; page <= m.getNumberOfPages(); page++) {
                List<String> a = masterLines.of(page);
                List<String> b = plainLines.of(page);
                if (a.equals(b)) continue;
                int line = 0;
                while (line < Math.min(a.size(), b.size()) && a.get(line).equals(b.get(line))) line++;
                findings.add(PrintFinding.onPage("master-matches-plain", page, "line " + (line + 1) + " of the master is '"
                        + (line < a.size() ? a.get(line) : "") + "' where the plain PDF has '"
                        + (line < b.size() ? b.get(line) : "") + "'"));
                break;
            }
        } catch (IOException e) {
            findings.add(new PrintFinding("readable", "the master", "PDFBox cannot read it back: " + e.getMessage()));
        }
        return findings;
    }

    private static void pageCount(PDDocument document, PdfExpectations expected, List<PrintFinding> findings) {
        int pages = document.getNumberOfPages();
        if (expected.pageCount() > 0 && pages != expected.pageCount()) {
            findings.add(new PrintFinding("page-count", "the whole document",
                    pages + " pages, where " + expected.pageCount() + " were expected"));
        } else if (pages % expected.pageMultiple() != 0) {
            findings.add(new PrintFinding("page-count", "the whole document", pages
                    + " pages, which is not a multiple of " + expected.pageMultiple()
                    + "; a booklet needs whole folded sheets"));
        }
    }

    private static void pageBoxes(PDDocument document, PdfExpectations.Boxes boxes, List<PrintFinding> findings) {
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            PDRectangle trim = page.getTrimBox();
            String problem = null;
            if (!near(trim.getWidth(), boxes.trimWidth()) || !near(trim.getHeight(), boxes.trimHeight())) {
                problem = "TrimBox is " + size(trim) + ", not " + boxes.name() + " ("
                        + format(boxes.trimWidth()) + " × " + format(boxes.trimHeight()) + " pt)";
            } else if (!sameBox(page.getBleedBox(), outset(trim, boxes.bleed()))) {
                problem = "BleedBox is " + box(page.getBleedBox()) + ", not the TrimBox plus "
                        + format(boxes.bleed()) + " pt: " + box(outset(trim, boxes.bleed()));
            } else if (!sameBox(page.getMediaBox(), outset(trim, boxes.slug()))) {
                problem = "MediaBox is " + box(page.getMediaBox()) + ", not the TrimBox plus "
                        + format(boxes.slug()) + " pt: " + box(outset(trim, boxes.slug()));
            } else if (!sameBox(page.getCropBox(), page.getMediaBox())) {
                problem = "CropBox " + box(page.getCropBox()) + " hides part of the MediaBox";
            }
            if (problem != null) {
                findings.add(PrintFinding.onPage("page-boxes", number, problem));
                return; // one page says it: every page is made the same way
            }
        }
    }

    private static void fonts(PDDocument document, List<PrintFinding> findings) throws IOException {
        Set<String> reported = new LinkedHashSet<>();
        int number = 0;
        for (PDPage page : document.getPages()) {
            number++;
            fontsIn(page.getResources(), number, reported, findings, 0);
        }
    }

    private static void fontsIn(PDResources resources, int page, Set<String> reported, List<PrintFinding> findings,
            int depth) throws IOException {
        if (resources == null || depth > 8) return;
        for (COSName name : resources.getFontNames()) {
            PDFont font = resources.getFont(name);
            if (font == null) continue;
            String fontName = font.getName();
            String problem = null;
            if (!font.isEmbedded()) {
                problem = "font " + fontName + " is not embedded; name the bundled family in print.css"
                        + " for every element, or the PDF falls back to a viewer's font";
            } else if (!(font instanceof PDType0Font)
                    || !COSName.IDENTITY_H.equals(font.getCOSObject().getCOSName(COSName.ENCODING))) {
                problem = "font " + fontName + " is not a Type 0 font with Identity-H encoding";
            } else if (fontName == null || !fontName.matches("[A-Z]{6}\\+.+")) {
                problem = "font " + fontName + " is embedded whole, not as a subset";
            }
            if (problem != null && reported.add(fontName + problem)) {
                findings.add(PrintFinding.onPage("fonts-embedded", page, problem));
            }
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) fontsIn(form.getResources(), page, reported, findings, depth + 1);
        }
    }

    private static void metadata(PDDocument document, PdfExpectations expected, List<PrintFinding> findings)
            throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        String where = "the document information";
        if (info.getTitle() == null || info.getTitle().isBlank()) {
            findings.add(new PrintFinding("metadata", where, "the PDF has no title"));
        }
        if (!expected.language().equalsIgnoreCase(String.valueOf(catalog.getLanguage()))) {
            findings.add(new PrintFinding("metadata", "the catalog", "/Lang is " + catalog.getLanguage()
                    + ", not " + expected.language()));
        }
        PDMetadata stream = catalog.getMetadata();
        if (stream == null) {
            findings.add(new PrintFinding("metadata", "the catalog", "the PDF has no XMP metadata"));
            return;
        }
        try {
            DomXmpParser parser = new DomXmpParser();
            XMPMetadata xmp = parser.parse(stream.toByteArray());
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            List<String> disagreements = new ArrayList<>();
            if (dc == null || !equal(dc.getTitle(), info.getTitle())) disagreements.add("dc:title");
            List<String> creators = dc == null || dc.getCreators() == null ? List.of() : dc.getCreators();
            boolean hasAuthor = info.getAuthor() != null && !info.getAuthor().isBlank();
            if (hasAuthor ? !creators.contains(info.getAuthor()) : !creators.isEmpty()) disagreements.add("dc:creator");
            if (dc == null || dc.getLanguages() == null || !dc.getLanguages().contains(catalog.getLanguage())) {
                disagreements.add("dc:language");
            }
            if (basic == null || !sameInstant(basic.getCreateDate(), info.getCreationDate())) {
                disagreements.add("xmp:CreateDate");
            }
            if (basic == null || !sameInstant(basic.getModifyDate(), info.getModificationDate())) {
                disagreements.add("xmp:ModifyDate");
            }
            if (!disagreements.isEmpty()) {
                findings.add(new PrintFinding("metadata", "the XMP metadata", String.join(", ", disagreements)
                        + " disagree with the document information"));
            }
        } catch (XmpParsingException | org.apache.xmpbox.type.BadFieldValueException e) {
            findings.add(new PrintFinding("metadata", "the XMP metadata", "it cannot be parsed: " + e.getMessage()));
        }
    }

    /**
     * Finds each expected heading's entry on the contents page, and checks that the heading is on
     * the page the entry gives and that the entry's link goes there. Returns the pages the
     * contents give, in order (0 where an entry is missing).
     */
    private static List<Integer> contentsPages(PDDocument document, PrintedLines lines, PdfExpectations expected,
            List<PrintFinding> findings) throws IOException {
        List<Integer> pages = new ArrayList<>();
        if (expected.contents().isEmpty()) return pages;
        int contentsPage = PdfExpectations.CONTENTS_PAGE;
        int count = document.getNumberOfPages();
        if (count < contentsPage) {
            findings.add(new PrintFinding("contents-pages", "the whole document", "there is no page "
                    + contentsPage + " for the contents list"));
            return pages;
        }
        List<String> listed = lines.of(contentsPage);
        for (String heading : expected.contents()) {
            int page = entryPage(listed, heading);
            pages.add(page);
            if (page == 0) {
                findings.add(PrintFinding.onPage("contents-pages", contentsPage,
                        "the contents list has no entry with a page number for '" + heading + "'"));
                continue;
            }
            if (page > count || page <= contentsPage || PrintedLines.lastLineOf(lines.of(page), heading) < 0) {
                findings.add(PrintFinding.onPage("contents-pages", contentsPage, "the contents list puts '"
                        + heading + "' on page " + page + ", but "
                        + actualPage(lines, heading, count, contentsPage)));
            }
        }
        List<Integer> linked = linkTargets(document, contentsPage);
        if (!linked.equals(pages) && findings.stream().noneMatch(f -> f.check().equals("contents-pages"))) {
            findings.add(PrintFinding.onPage("contents-pages", contentsPage, "the contents entries link to pages "
                    + linked + " but print the page numbers " + pages));
        }
        return pages;
    }

    private static String actualPage(PrintedLines lines, String heading, int count, int after) throws IOException {
        for (int p = after + 1; p <= count; p++) {
            if (PrintedLines.lastLineOf(lines.of(p), heading) >= 0) return "it is on page " + p;
        }
        return "it is on no page after the contents";
    }

    /** The page number the contents entry for {@code heading} gives, or 0 if there is none. */
    private static int entryPage(List<String> listed, String heading) {
        String wanted = PrintedLines.normalise(heading);
        for (int i = 0; i < listed.size(); i++) {
            String joined = listed.get(i);
            for (int j = i; j < Math.min(listed.size(), i + 3); j++) {
                if (j > i) joined = joined + " " + listed.get(j);
                if (joined.startsWith(wanted)) {
                    Matcher m = ENTRY_NUMBER.matcher(joined.substring(wanted.length()));
                    if (m.matches()) return Integer.parseInt(m.group(1));
                } else if (!wanted.startsWith(joined)) {
                    break;
                }
            }
        }
        return 0;
    }

    /** The pages the internal links on {@code page} go to, top to bottom. */
    private static List<Integer> linkTargets(PDDocument document, int page) throws IOException {
        record Link(float top, int target) {}
        List<Link> links = new ArrayList<>();
        for (PDAnnotation annotation : document.getPage(page - 1).getAnnotations()) {
            if (!(annotation instanceof PDAnnotationLink link)) continue;
            PDDestination destination = link.getDestination();
            PDAction action = link.getAction();
            if (destination == null && action instanceof PDActionGoTo goTo) destination = goTo.getDestination();
            if (destination instanceof PDPageDestination d) {
                int target = d.retrievePageNumber() + 1;
                links.add(new Link(link.getRectangle().getUpperRightY(), target));
            }
        }
        links.sort((a, b) -> Float.compare(b.top(), a.top()));
        return links.stream().map(Link::target).toList();
    }

    private static void headingsKeptWithText(PrintedLines lines, PdfExpectations expected, List<Integer> pages,
            List<PrintFinding> findings) throws IOException {
        for (int i = 0; i < pages.size(); i++) {
            int page = pages.get(i);
            if (page <= PdfExpectations.CONTENTS_PAGE) continue;
            String heading = expected.contents().get(i);
            List<String> onPage = lines.of(page);
            int last = PrintedLines.lastLineOf(onPage, heading);
            if (last < 0) continue; // contents-pages has said so
            boolean textFollows = onPage.subList(last + 1, onPage.size()).stream()
                    .anyMatch(line -> !PAGE_NUMBER.matcher(line).matches());
            if (!textFollows) {
                findings.add(PrintFinding.onPage("heading-kept-with-text", page, "the heading '" + heading
                        + "' is the last thing on the page; its text starts on the next"));
            }
        }
    }

    /** One line of the body, and the page it is on. */
    private record BodyLine(String text, int page) {}

    /**
     * Finds each paragraph's lines in the body (the pages after the contents, the back cover
     * aside) and, where a page break splits it, counts its lines on each side. A paragraph whose
     * lines cannot be found as they are in the model is not judged.
     */
    private static void widowsAndOrphans(PDDocument document, PrintedLines lines, PdfExpectations expected,
            List<PrintFinding> findings) throws IOException {
        if (expected.paragraphs().isEmpty()) return;
        List<BodyLine> body = new ArrayList<>();
        for (int page = PdfExpectations.CONTENTS_PAGE + 1; page < document.getNumberOfPages(); page++) {
            List<String> onPage = lines.of(page);
            int end = onPage.size();
            if (end > 0 && PAGE_NUMBER.matcher(onPage.get(end - 1)).matches()) end--;
            for (String line : onPage.subList(0, end)) body.add(new BodyLine(line, page));
        }
        for (String paragraph : expected.paragraphs()) {
            String text = PrintedLines.normalise(paragraph);
            if (text.isEmpty()) continue;
            int first = -1;
            for (int i = 0; i < body.size() && first < 0; i++) {
                String line = body.get(i).text();
                if (text.startsWith(line) && line.length() >= Math.min(text.length(), 24)) first = i;
            }
            if (first < 0) continue;
            int last = first;
            String read = body.get(first).text();
            while (read.length() < text.length() && last + 1 < body.size()) {
                String next = body.get(last + 1).text();
                String spaced = read + " " + next;
                String joined = read + next; // a line that broke after a hyphen or a slash
                if (text.startsWith(spaced)) {
                    read = spaced;
                } else if (text.startsWith(joined)) {
                    read = joined;
                } else {
                    break;
                }
                last++;
            }
            if (!read.equals(text) || body.get(first).page() == body.get(last).page()) continue;
            int breakAt = first;
            while (body.get(breakAt + 1).page() == body.get(first).page()) breakAt++;
            int before = breakAt - first + 1;
            int after = last - breakAt;
            String start = text.length() <= 40 ? text : text.substring(0, text.lastIndexOf(' ', 40)) + "…";
            if (before < 2) {
                findings.add(PrintFinding.onPage("widows-orphans", body.get(first).page(), "the paragraph '" + start
                        + "' leaves one line at the foot of the page (an orphan)"));
            }
            if (after < 2) {
                findings.add(PrintFinding.onPage("widows-orphans", body.get(last).page(), "the paragraph '" + start
                        + "' carries one line to the top of the page (a widow)"));
            }
        }
    }

    private static void outline(PDDocument document, PdfExpectations expected, List<Integer> pages,
            List<PrintFinding> findings) throws IOException {
        if (expected.contents().isEmpty()) return;
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        List<String> titles = new ArrayList<>();
        List<Integer> targets = new ArrayList<>();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                titles.add(PrintedLines.normalise(String.valueOf(item.getTitle())));
                PDPage target = item.findDestinationPage(document);
                targets.add(target == null ? 0 : document.getPages().indexOf(target) + 1);
            }
        }
        for (int i = 0; i < expected.contents().size(); i++) {
            String heading = PrintedLines.normalise(expected.contents().get(i));
            int at = titles.indexOf(heading);
            if (at < 0) {
                findings.add(new PrintFinding("outline", "the bookmarks", "no bookmark for '" + heading + "'"));
            } else if (pages.get(i) > 0 && targets.get(at) != (int) pages.get(i)) {
                findings.add(new PrintFinding("outline", "the bookmarks", "the bookmark '" + heading
                        + "' opens page " + targets.get(at) + ", but the contents list gives page " + pages.get(i)));
            }
        }
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= TOLERANCE;
    }

    private static boolean sameBox(PDRectangle a, PDRectangle b) {
        return near(a.getLowerLeftX(), b.getLowerLeftX()) && near(a.getLowerLeftY(), b.getLowerLeftY())
                && near(a.getUpperRightX(), b.getUpperRightX()) && near(a.getUpperRightY(), b.getUpperRightY());
    }

    private static PDRectangle outset(PDRectangle box, double by) {
        float b = (float) by;
        return new PDRectangle(box.getLowerLeftX() - b, box.getLowerLeftY() - b,
                box.getWidth() + 2 * b, box.getHeight() + 2 * b);
    }

    private static boolean equal(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static boolean sameInstant(Calendar a, Calendar b) {
        return a != null && b != null && a.getTimeInMillis() == b.getTimeInMillis();
    }

    private static String size(PDRectangle r) {
        return format(r.getWidth()) + " × " + format(r.getHeight()) + " pt";
    }

    private static String box(PDRectangle r) {
        return "[" + format(r.getLowerLeftX()) + " " + format(r.getLowerLeftY()) + " " + format(r.getUpperRightX())
                + " " + format(r.getUpperRightY()) + "]";
    }

    private static String format(double points) {
        return String.format(Locale.ROOT, "%.2f", points);
    }
}
