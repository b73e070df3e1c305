package org.leafpress.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Warning;

/**
 * Writes the web site: each leaflet as an accessible page ({@code templates/html/leaflet.ftlh})
 * and the index of every leaflet ({@code templates/html/index.ftlh}). Links follow
 * {@link SiteLayout}; the stylesheet and fonts are the {@link SiteAssets}.
 */
public final class HtmlRenderer {

    static final String PAGE_TEMPLATE = "html/leaflet.ftlh";
    static final String INDEX_TEMPLATE = "html/index.ftlh";

    private final Templates templates;
    private final UiStrings strings;

    private HtmlRenderer(Templates templates, UiStrings strings) {
        this.templates = templates;
        this.strings = strings;
    }

    /** A renderer over {@code templates} speaking {@code strings}. */
    public static HtmlRenderer of(Templates templates, UiStrings strings) {
        return new HtmlRenderer(templates, strings);
    }

    /** The web page of one leaflet in one language, for {@code output/<id>/<lang>/index.html}. */
    public RenderedPage renderPage(LeafletPage page) {
        Leaflet leaflet = page.publication().leaflet();
        LocalStrings ui = strings.in(leaflet.language());
        Map<String, Object> data = new LinkedHashMap<>(LeafletView.of(page.publication(), ui));
        String toRoot = "../../";
        data.put("assets", toRoot + SiteLayout.ASSETS);
        data.put("indexHref", toRoot + SiteLayout.INDEX);
        data.put("editionDateValue", leaflet.edition().date());
        data.put("pdf", Map.of(
                "href", page.pdf().fileName(),
                "details", pdfDetailsOf(page.pdf(), ui)));
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String other : page.otherLanguages()) {
            languages.add(Map.of(
                    "lang", other,
                    "name", strings.in(other).get("language.self"),
                    "href", "../" + other + "/index.html"));
        }
        data.put("otherLanguages", languages);
        data.put("selfName", ui.get("language.self"));
        return new RenderedPage(templates.render(PAGE_TEMPLATE, data), ui.warnings());
    }

    /** The site index, for {@code output/index.html}: every leaflet with its languages, pages and PDFs. */
    public RenderedPage renderIndex(List<IndexEntry> entries, String language) {
        LocalStrings ui = strings.in(language);
        List<Warning> warnings = new ArrayList<>(ui.warnings());
        // Group the entries by leaflet, in the order the leaflets first appear.
        Map<String, Map<String, Object>> leaflets = new LinkedHashMap<>();
        for (IndexEntry entry : entries) {
            Leaflet leaflet = entry.publication().leaflet();
            LocalStrings local = strings.in(leaflet.language());
            Map<String, Object> card = leaflets.computeIfAbsent(leaflet.leaflet(), id -> {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("id", id);
                c.put("title", leaflet.title());
                c.put("lang", leaflet.language());
                c.put("publisher", leaflet.publisher());
                c.put("edition", String.join(" ", List.of(leaflet.edition().label(),
                        DateWords.of(leaflet.edition().date(), ui))).strip());
                c.put("languages", new ArrayList<Map<String, Object>>());
                return c;
            });
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> languages = (List<Map<String, Object>>) card.get("languages");
            languages.add(Map.of(
                    "lang", leaflet.language(),
                    "name", local.get("language.self"),
                    "title", leaflet.title(),
                    "pageHref", SiteLayout.pageOf(leaflet.leaflet(), leaflet.language()),
                    "pdfHref", SiteLayout.pdfOf(leaflet.leaflet(), leaflet.language()),
                    "pdfDetails", pdfDetailsOf(entry.pdf(), ui),
                    "isPartial", entry.publication().isPartial()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", language);
        data.put("ui", ui.values());
        data.put("assets", SiteLayout.ASSETS);
        data.put("leaflets", new ArrayList<>(leaflets.values()));
        return new RenderedPage(templates.render(INDEX_TEMPLATE, data), warnings);
    }

    private static String pdfDetailsOf(PdfFacts pdf, LocalStrings ui) {
        String pages = ui.format(pdf.pageCount() == 1 ? "pdf.pages.one" : "pdf.pages.other",
                Map.of("count", Integer.toString(pdf.pageCount())));
        return ui.format("pdf.details", Map.of("size", FileSize.of(pdf.sizeBytes(), ui), "pages", pages));
    }
}
