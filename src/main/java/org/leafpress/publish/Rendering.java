package org.leafpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.leafpress.align.LeafletParity;
import org.leafpress.align.ParityReport;
import org.leafpress.align.TranslationParity;
import org.leafpress.model.Leaflet;
import org.leafpress.model.PrintOptions;
import org.leafpress.render.PdfFacts;
import org.leafpress.render.Publication;
import org.leafpress.render.RenderException;
import org.leafpress.render.SiteLayout;
import org.leafpress.render.Templates;
import org.leafpress.render.UiStrings;
import org.leafpress.render.html.HtmlRenderer;
import org.leafpress.render.html.IndexEntry;
import org.leafpress.render.html.LeafletPage;
import org.leafpress.render.html.RenderedPage;
import org.leafpress.render.html.SiteAsset;
import org.leafpress.render.html.SiteAssets;
import org.leafpress.render.print.PrintRenderer;
import org.leafpress.render.print.PrintedLeaflet;
import org.leafpress.source.Manifest;

/** The render stage as the build uses it: one template set, loaded once, for every leaflet. */
final class Rendering {

    private final Path templatesRoot;
    private final Templates templates;
    private final UiStrings strings;
    private final HtmlRenderer html;
    /** Made on first use: the fonts and page sizes are not needed when every leaflet is unchanged. */
    private PrintRenderer print;

    Rendering(Path templatesRoot) {
        this.templatesRoot = templatesRoot;
        this.templates = Templates.in(templatesRoot);
        this.strings = UiStrings.in(templatesRoot.resolve("i18n"));
        this.html = HtmlRenderer.of(templates, strings);
    }

    /** Loads the PDF renderer's fonts and page sizes ahead of the first PDF. */
    void prepareToPrint() {
        print();
    }

    /** The one PDF renderer of the build (it may be shared between the build's threads). */
    private synchronized PrintRenderer print() {
        if (print == null) print = PrintRenderer.of(templates, strings);
        return print;
    }

    /**
     * How a language of a leaflet is published: with the manifest's partners and review date,
     * the title's language when it is the source's, and marked partial when the parity check
     * found content sections it does not cover.
     */
    static Publication publicationOf(Leaflet model, Leaflet source, Manifest manifest,
            Optional<TranslationParity> parity) {
        Publication p = Publication.of(model).withPartners(manifest.partners());
        if (!manifest.reviewed().isEmpty()) p = p.withReviewed(manifest.reviewed());
        if (source == null || source == model) return p;
        // A translation that states no title of its own carries the source's (from the manifest).
        if (model.title().equals(source.title())) p = p.withTitleLanguage(source.language());
        boolean partial = parity.map(t -> t.coveredSections() < t.contentSections()).orElse(false);
        return partial ? p.asPartialTranslationOf(source.language()) : p;
    }

    PrintedLeaflet pdfOf(Publication publication, PrintOptions options) throws LeafletFailure {
        try {
            return print().render(publication, options);
        } catch (RenderException e) {
            throw new LeafletFailure("the PDF of " + publication.leaflet().id() + " ("
                    + publication.leaflet().language() + ") cannot be made: " + e.getMessage(), e);
        }
    }

    RenderedPage webPageOf(Publication publication, List<String> allLanguages, PdfFacts pdf) {
        List<String> others = allLanguages.stream().filter(l -> !l.equals(publication.leaflet().language())).toList();
        return html.renderPage(new LeafletPage(publication, others, pdf));
    }

    /**
     * The site index, from what is in the output folder now (kept leaflets included): each
     * leaflet's source language first, each translation with its parity status when this build
     * checked it.
     */
    RenderedPage indexPage(List<Path> leafletFolders, ParityReport parity) throws IOException {
        Map<String, LeafletParity> byLeaflet = new HashMap<>();
        parity.leaflets().forEach(l -> byLeaflet.put(l.leaflet(), l));
        List<IndexEntry> entries = new ArrayList<>();
        for (Path folder : leafletFolders) {
            LeafletParity checked = byLeaflet.get(folder.getFileName().toString());
            List<IndexEntry> languages = new ArrayList<>();
            for (Path language : childFolders(folder)) {
                Path model = language.resolve(SiteLayout.MODEL);
                if (!Files.isRegularFile(model)) continue;
                Leaflet leaflet = ModelJson.mapper().readValue(model.toFile(), Leaflet.class);
                String pdfName = SiteLayout.pdfFileName(leaflet.id(), leaflet.language());
                Path pdf = language.resolve(pdfName);
                IndexEntry entry = new IndexEntry(Publication.of(leaflet), new PdfFacts(pdfName, Files.size(pdf), pageCount(pdf)));
                if (checked != null) {
                    Optional<TranslationParity> t = checked.translations().stream()
                            .filter(tp -> tp.language().equals(leaflet.language())).findFirst();
                    if (t.isPresent()) entry = entry.withParityStatus(t.get().draft() ? "draft" : t.get().status().label());
                }
                boolean isSource = checked != null && checked.sourceLanguage().equals(leaflet.language());
                languages.add(isSource ? 0 : languages.size(), entry);
            }
            entries.addAll(languages);
        }
        return html.renderIndex(entries, "en");
    }

    /** The translation-parity report as a page: the matrix, then each translation beside its source. */
    RenderedPage parityPage(ParityReport parity) {
        @SuppressWarnings("unchecked")
        Map<String, Object> data = ModelJson.mapper().convertValue(parity, Map.class);
        return html.renderParity(data);
    }

    void copyAssets(OutputFolder output) throws IOException {
        for (SiteAsset asset : SiteAssets.in(templatesRoot)) {
            output.write(asset.target(), Files.readAllBytes(asset.source()));
        }
    }

    private static int pageCount(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }

    private static List<Path> childFolders(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(Files::isDirectory).sorted().toList();
        }
    }
}
