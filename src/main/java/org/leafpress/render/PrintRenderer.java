package org.leafpress.render;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.leafpress.model.Leaflet;
import org.xhtmlrenderer.pdf.ITextRenderer;
import org.xhtmlrenderer.util.XRRuntimeException;

/**
 * Prints a leaflet: the model through {@code templates/print/leaflet.ftlx} to XHTML, laid out by
 * Flying Saucer onto OpenPDF in the bundled fonts, then finished by {@link PdfFinisher} so that the
 * same model always gives the same bytes.
 */
public final class PrintRenderer {

    static final String TEMPLATE = "print/leaflet.ftlx";

    static {
        // Flying Saucer logs every layout step at INFO through java.util.logging; a build should
        // not. Run with -Dxr.util-logging.loggingEnabled=true to see its CSS warnings.
        System.setProperty("xr.util-logging.loggingEnabled",
                System.getProperty("xr.util-logging.loggingEnabled", "false"));
    }

    private final Templates templates;
    private final UiStrings strings;
    private final PageSize pageSize;
    private final List<Path> fonts;
    private final NoBreakSpaces noBreakSpaces;

    private PrintRenderer(Templates templates, UiStrings strings, PageSize pageSize, List<Path> fonts) {
        this.templates = templates;
        this.strings = strings;
        this.pageSize = pageSize;
        this.fonts = List.copyOf(fonts);
        this.noBreakSpaces = NoBreakSpaces.forFonts(fonts);
    }

    /** A renderer for {@code pageSize}, with the fonts in {@code templates/fonts/}. */
    public static PrintRenderer of(Templates templates, UiStrings strings, PageSize pageSize) {
        Path folder = templates.root().resolve("fonts");
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> fonts = files.filter(f -> f.getFileName().toString().endsWith(".ttf")).sorted().toList();
            if (fonts.isEmpty()) throw new IOException("it holds no .ttf font");
            return new PrintRenderer(templates, strings, pageSize, fonts);
        } catch (IOException e) {
            throw new RenderException(folder.toString(), "the bundled fonts cannot be read: " + e.getMessage(), e);
        }
    }

    /** A renderer for the default (first) page size of {@code templates/print/page-sizes.yaml}. */
    public static PrintRenderer of(Templates templates, UiStrings strings) {
        return of(templates, strings, PageSize.readAll(templates.root().resolve("print/page-sizes.yaml")).get(0));
    }

    /** The PDF of {@code publication}, dated by {@link BuildTimestamp} from the edition and environment. */
    public RenderedPdf renderPdf(Publication publication) {
        return renderPdf(publication, BuildTimestamp.of(publication.leaflet().edition(), System.getenv()));
    }

    /** The PDF of {@code publication}, with {@code timestamp} as its creation and modification date. */
    public RenderedPdf renderPdf(Publication publication, Instant timestamp) {
        Leaflet leaflet = publication.leaflet();
        LocalStrings ui = strings.in(leaflet.language());
        try {
            ITextRenderer renderer = layOut(xhtmlOf(publication, ui, 0));
            // A booklet needs a whole number of folded sheets: fill the gap with Notes pages.
            int padding = pageSize.paddingFor(pageCountOf(renderer));
            if (padding > 0) renderer = layOut(xhtmlOf(publication, ui, padding));
            int pages = pageCountOf(renderer);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.setListener(new CatalogEntries(leaflet.language()));
            renderer.createPDF(out);
            byte[] finished = new PdfFinisher(timestamp).finish(out.toByteArray());
            return new RenderedPdf(finished, pages, ui.warnings());
        } catch (DocumentException | XRRuntimeException e) {
            throw new RenderException(leaflet.leaflet() + "/" + leaflet.language(),
                    "the PDF could not be laid out or written: " + e.getMessage(), e);
        }
    }

    /** The XHTML Flying Saucer lays out for {@code publication}, with {@code notesPages} ruled pages. */
    String xhtmlOf(Publication publication, LocalStrings ui, int notesPages) {
        Map<String, Object> data = new LinkedHashMap<>(LeafletView.of(publication, ui));
        data.put("page", Map.of("name", pageSize.name(), "width", pageSize.width(), "height", pageSize.height(),
                "body", pageSize.bodyText(), "coverHeight", pageSize.coverHeight(),
                "notesLines", pageSize.notesLines()));
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

    private static int pageCountOf(ITextRenderer renderer) {
        return renderer.getRootBox().getLayer().getPages().size();
    }

}
