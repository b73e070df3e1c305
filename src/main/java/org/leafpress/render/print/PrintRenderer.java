package org.leafpress.render.print;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.leafpress.model.Block;
import org.leafpress.model.BulletList;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.PrintOptions;
import org.leafpress.model.Section;
import org.leafpress.render.BuildTimestamp;
import org.leafpress.render.LeafletView;
import org.leafpress.render.LocalStrings;
import org.leafpress.render.Publication;
import org.leafpress.render.RenderException;
import org.leafpress.render.SiteLayout;
import org.leafpress.render.Templates;
import org.leafpress.render.UiStrings;
import org.leafpress.render.check.PdfCheck;
import org.leafpress.render.check.PdfExpectations;
import org.leafpress.render.check.PrintCheckException;
import org.leafpress.render.check.PrintFinding;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.render.Box;
import org.xhtmlrenderer.render.PageBox;
import org.xhtmlrenderer.util.XRRuntimeException;

/**
 * Prints a leaflet: the model, spaced by {@link Typography} and checked for glyphs by
 * {@link GlyphCoverage}, through {@code templates/print/leaflet.ftlx} to XHTML, laid out by Flying
 * Saucer onto OpenPDF in the bundled fonts, finished by {@link PdfFinisher} so that the same model
 * always gives the same bytes, and checked by {@link PdfCheck}. On request it also writes the
 * printer's master ({@link PrintMaster}) and the office-printer booklet ({@link Booklet}).
 *
 * <p>One renderer serves a whole build and may be shared between threads: it holds only data read
 * at set-up; each render makes its own Flying Saucer renderer and PDFBox documents.
 */
public final class PrintRenderer {

    static final String TEMPLATE = "print/leaflet.ftlx";
    public static final String PAGE_SIZES = "print/page-sizes.yaml";

    static {
        // Flying Saucer logs every layout step at INFO through java.util.logging; a build should
        // not. Run with -Dxr.util-logging.loggingEnabled=true to see its CSS warnings.
        System.setProperty("xr.util-logging.loggingEnabled",
                System.getProperty("xr.util-logging.loggingEnabled", "false"));
    }

    private final Templates templates;
    private final UiStrings strings;
    private final List<PageSize> pageSizes;
    private final PrintGeometry geometry;
    private final List<Path> fonts;
    private final NoBreakSpaces noBreakSpaces;
    private final Typography typography;
    private final GlyphCoverage glyphs;
    private final boolean checked;

    private PrintRenderer(Templates templates, UiStrings strings, List<PageSize> pageSizes, List<Path> fonts) {
        this(templates, strings, pageSizes, fonts, true);
    }

    private PrintRenderer(Templates templates, UiStrings strings, List<PageSize> pageSizes, List<Path> fonts,
            boolean checked) {
        this.templates = templates;
        this.strings = strings;
        this.pageSizes = List.copyOf(pageSizes);
        this.geometry = PrintGeometry.read(templates.root().resolve(PAGE_SIZES));
        this.fonts = List.copyOf(fonts);
        this.noBreakSpaces = NoBreakSpaces.forFonts(fonts);
        this.typography = Typography.in(templates.root());
        this.glyphs = GlyphCoverage.of(fonts, noBreakSpaces);
        this.checked = checked;
    }

    /** This renderer with the checks after rendering off: for tests and tools that examine a faulty PDF. */
    PrintRenderer unchecked() {
        return new PrintRenderer(templates, strings, pageSizes, fonts, false);
    }

    /**
     * A renderer with {@code pageSize} as its default, the other sizes of
     * {@code templates/print/page-sizes.yaml} on request, and the fonts in {@code templates/fonts/}.
     */
    public static PrintRenderer of(Templates templates, UiStrings strings, PageSize pageSize) {
        List<PageSize> sizes = new ArrayList<>(List.of(pageSize));
        PageSize.readAll(templates.root().resolve(PAGE_SIZES)).stream()
                .filter(s -> !s.name().equalsIgnoreCase(pageSize.name()))
                .forEach(sizes::add);
        Path folder = templates.root().resolve("fonts");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> fonts = files.filter(f -> f.getFileName().toString().endsWith(".ttf")).sorted().toList();
            if (fonts.isEmpty()) throw new IOException("it holds no .ttf font");
            return new PrintRenderer(templates, strings, sizes, fonts);
        } catch (IOException e) {
            throw new RenderException(folder.toString(), "the bundled fonts cannot be read: " + e.getMessage(), e);
        }
    }

    /** A renderer whose default is the first page size of {@code templates/print/page-sizes.yaml} (A5). */
    public static PrintRenderer of(Templates templates, UiStrings strings) {
        return of(templates, strings, PageSize.readAll(templates.root().resolve(PAGE_SIZES)).get(0));
    }

    /** The page sizes this renderer prints at, its default first. */
    public List<PageSize> pageSizes() {
        return pageSizes;
    }

    /** The plain PDF of {@code publication} at the default size, dated by {@link BuildTimestamp}. */
    public RenderedPdf renderPdf(Publication publication) {
        return render(publication, PrintOptions.DEFAULTS).pdf();
    }

    /** The plain PDF of {@code publication} at the default size, dated {@code timestamp}. */
    public RenderedPdf renderPdf(Publication publication, Instant timestamp) {
        return render(publication, PrintOptions.DEFAULTS, timestamp).pdf();
    }

    /** Every print file {@code options} asks for, dated by {@link BuildTimestamp} from the edition and environment. */
    public PrintedLeaflet render(Publication publication, PrintOptions options) {
        return render(publication, options, BuildTimestamp.of(publication.leaflet().edition(), System.getenv()));
    }

    /**
     * Every print file {@code options} asks for, dated {@code timestamp}: the plain PDF, and the
     * printer's master and the booklet if asked. Each one is checked after it is written.
     *
     * @throws PrintCheckException if a character has no glyph, or a finished PDF fails a check
     * @throws RenderException if the templates, fonts or layout fail
     */
    public PrintedLeaflet render(Publication publication, PrintOptions options, Instant timestamp) {
        Leaflet leaflet = publication.leaflet();
        String where = leaflet.id() + "/" + leaflet.language();
        PageSize size = options.pageSize().isEmpty() ? pageSizes.get(0)
                : PageSize.named(options.pageSize(), pageSizes, templates.root().resolve(PAGE_SIZES).toString());
        LocalStrings ui = strings.in(leaflet.language());
        Publication printed = typography.applyTo(publication);
        List<PrintFinding> missing = glyphs.check(printed, ui);
        if (!missing.isEmpty()) throw new PrintCheckException(where, missing);

        Map<String, Object> view = viewOf(printed, ui);
        PdfFinisher finisher = new PdfFinisher(timestamp);
        int multiple = options.booklet() ? size.bookletMultiple() : size.pageMultiple();
        try {
            // A booklet needs a whole number of folded sheets: the gap is filled with Notes pages.
            // Laid out once with as many as it could need; those it does not are dropped.
            int spare = multiple - 1;
            ITextRenderer renderer = layOut(xhtmlOf(view, size, Length.ZERO, spare));
            int firstNotesPage = notesPagesOf(renderer, spare);
            int notes;
            List<Integer> dropped = new ArrayList<>();
            if (firstNotesPage >= 0) {
                notes = PageSize.paddingFor(pageCountOf(renderer) - spare, multiple);
                for (int page = firstNotesPage + notes; page < firstNotesPage + spare; page++) dropped.add(page);
            } else {
                // A Notes page that does not fit on one page: count without them, lay out again.
                renderer = layOut(xhtmlOf(view, size, Length.ZERO, 0));
                notes = PageSize.paddingFor(pageCountOf(renderer), multiple);
                if (notes > 0) renderer = layOut(xhtmlOf(view, size, Length.ZERO, notes));
            }
            int pages = pageCountOf(renderer) - dropped.size();
            String plainName = SiteLayout.pdfFileName(leaflet.id(), leaflet.language());
            byte[] plain = finisher.finish(write(renderer, leaflet.language()), document -> {
                for (int i = dropped.size() - 1; i >= 0; i--) document.removePage(dropped.get(i));
                PrintMaster.plain().apply(document);
            });
            PdfExpectations expected = PdfExpectations.leaflet(plainName, leaflet.language(), contentsOf(view),
                    size.plainBoxes(), multiple).withParagraphs(paragraphsOf(printed.leaflet()));
            check(where, plain, expected);

            Optional<byte[]> master = Optional.empty();
            if (options.bleedMaster()) {
                // Laid out exactly as the plain PDF was (same Notes pages, the same spare ones
                // dropped), so that its pages break where the plain PDF's do.
                int laidOutNotes = firstNotesPage >= 0 ? spare : notes;
                ITextRenderer bled = layOut(xhtmlOf(view, size, geometry.layoutBleed(), laidOutNotes));
                String name = SiteLayout.printMasterFileName(leaflet.id(), leaflet.language());
                byte[] bytes = finisher.finish(write(bled, leaflet.language()), document -> {
                    for (int i = dropped.size() - 1; i >= 0; i--) document.removePage(dropped.get(i));
                    PrintMaster.of(geometry).apply(document);
                });
                check(where, bytes, expected.forFile(name, size.masterBoxes(geometry)));
                if (checked) fail(where + " (" + name + ")", PdfCheck.samePages(bytes, plain));
                master = Optional.of(bytes);
            }
            Optional<byte[]> booklet = Optional.empty();
            if (options.booklet()) {
                String name = SiteLayout.bookletFileName(leaflet.id(), leaflet.language());
                byte[] bytes = Booklet.impose(plain, geometry, finisher);
                check(where, bytes, PdfExpectations.booklet(name, leaflet.language(),
                        (pages + PageSize.paddingFor(pages, 4)) / 2, geometry.sheetBoxes()));
                booklet = Optional.of(bytes);
            }
            return new PrintedLeaflet(new RenderedPdf(plain, pages, ui.warnings()), master, booklet);
        } catch (DocumentException | XRRuntimeException e) {
            throw new RenderException(where, "the PDF could not be laid out or written: " + e.getMessage(), e);
        }
    }

    private void check(String where, byte[] pdf, PdfExpectations expected) {
        if (checked) fail(where + " (" + expected.file() + ")", PdfCheck.check(pdf, expected));
    }

    private static void fail(String where, List<PrintFinding> findings) {
        if (!findings.isEmpty()) throw new PrintCheckException(where, findings);
    }

    /** The XHTML Flying Saucer lays out for {@code publication} at the default size, with {@code notesPages} ruled pages. */
    String xhtmlOf(Publication publication, LocalStrings ui, int notesPages) {
        return xhtmlOf(viewOf(typography.applyTo(publication), ui), pageSizes.get(0), Length.ZERO, notesPages);
    }

    private static Map<String, Object> viewOf(Publication publication, LocalStrings ui) {
        Map<String, Object> view = new LinkedHashMap<>(LeafletView.of(publication, ui));
        view.putIfAbsent("attribution", publication.leaflet().attribution().strip());
        return view;
    }

    /** The running text of the body, block by block, as it is printed: for the widows and orphans check. */
    private static List<String> paragraphsOf(Leaflet leaflet) {
        List<String> texts = new ArrayList<>();
        for (Section section : leaflet.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof Paragraph p) texts.add(p.text());
                else if (block instanceof BulletList list) texts.addAll(list.items());
                else if (block instanceof GlossaryTerm t) texts.add(t.term().strip() + " " + t.definition().strip());
                else if (block instanceof Note n) texts.add(n.text());
            }
        }
        return texts;
    }

    @SuppressWarnings("unchecked")
    private static List<String> contentsOf(Map<String, Object> view) {
        return ((List<Map<String, Object>>) view.get("contents")).stream()
                .map(entry -> entry.get("heading").toString()).toList();
    }

    /** The page is {@code bleed} larger on every side, and so are its margins: the text stays where it was. */
    private String xhtmlOf(Map<String, Object> view, PageSize size, Length bleed, int notesPages) {
        Map<String, Object> data = new LinkedHashMap<>(view);
        Length twice = bleed.times(2);
        Map<String, Object> page = new LinkedHashMap<>();
        page.put("name", size.name());
        page.put("width", size.trimWidth().plus(twice).cssPoints());
        page.put("height", size.trimHeight().plus(twice).cssPoints());
        page.put("margins", size.pageMargins().plus(bleed).css());
        page.put("coverMargins", size.coverPageMargins().plus(bleed).css());
        page.put("body", size.bodyText());
        page.put("coverHeight", size.coverHeight());
        page.put("notesLines", size.notesLines());
        data.put("page", page);
        data.put("notesPages", notesPages);
        return noBreakSpaces.applyTo(templates.render(TEMPLATE, data));
    }

    private ITextRenderer layOut(String xhtml) {
        ITextRenderer renderer = new ITextRenderer();
        try {
            for (Path font : fonts) {
                renderer.getFontResolver().addFont(font.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            }
        } catch (IOException | DocumentException e) {
            throw new RenderException(fonts.toString(), "a bundled font cannot be loaded: " + e.getMessage(), e);
        }
        renderer.getSharedContext().setLineBreakingStrategy(new LineBreaks());
        // The base URL makes print.css resolve beside the template.
        renderer.setDocumentFromString(xhtml, templates.root().resolve(TEMPLATE).toUri().toString());
        renderer.layout();
        return renderer;
    }

    private static byte[] write(ITextRenderer renderer, String language) throws DocumentException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.setListener(new CatalogEntries(language));
        renderer.createPDF(out);
        return out.toByteArray();
    }

    /**
     * The index (0-based) of the first of {@code count} Notes pages, if each is one page and they
     * follow one another; -1 if not (a Notes page too long for the paper) or if there are none.
     */
    private static int notesPagesOf(ITextRenderer renderer, int count) {
        if (count == 0) return -1;
        int first = pageOf(renderer, "notes-page-1");
        for (int n = 2; n <= count; n++) {
            if (first < 0 || pageOf(renderer, "notes-page-" + n) != first + n - 1) return -1;
        }
        int after = pageOf(renderer, "back-cover");
        return after == first + count ? first : -1;
    }

    /** The index (0-based) of the page the element with {@code id} starts on, or -1. */
    private static int pageOf(ITextRenderer renderer, String id) {
        Box box = renderer.getSharedContext().getBoxById(id);
        if (box == null) return -1;
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        for (int i = 0; i < pages.size(); i++) {
            if (box.getAbsY() >= pages.get(i).getTop() && box.getAbsY() < pages.get(i).getBottom()) return i;
        }
        return -1;
    }

    private static int pageCountOf(ITextRenderer renderer) {
        return renderer.getRootBox().getLayer().getPages().size();
    }
}
