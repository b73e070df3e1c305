package org.leafpress.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.leafpress.model.Leaflet;

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
        // <time datetime> takes only a machine-readable date; "spring 2019" is shown but not marked up.
        String date = leaflet.edition().date().strip();
        data.put("editionDateValue", date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? date : "");
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
        // One card a leaflet, in the order the leaflets first appear; its languages in the given order.
        Map<String, List<IndexEntry>> byLeaflet = new LinkedHashMap<>();
        for (IndexEntry entry : entries) {
            byLeaflet.computeIfAbsent(entry.publication().leaflet().leaflet(), id -> new ArrayList<>()).add(entry);
        }
        List<Map<String, Object>> cards = new ArrayList<>();
        for (List<IndexEntry> languages : byLeaflet.values()) cards.add(cardOf(languages, ui));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", language);
        data.put("ui", ui.values());
        data.put("assets", SiteLayout.ASSETS);
        data.put("leaflets", cards);
        return new RenderedPage(templates.render(INDEX_TEMPLATE, data), ui.warnings());
    }

    /** A leaflet on the index: titled as its first entry (the original, by convention) says. */
    private Map<String, Object> cardOf(List<IndexEntry> languages, LocalStrings ui) {
        Leaflet first = languages.get(0).publication().leaflet();
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", first.leaflet());
        card.put("title", first.title());
        card.put("lang", first.language());
        card.put("publisher", first.publisher());
        card.put("edition", (first.edition().label() + " " + DateWords.of(first.edition().date(), ui)).strip());
        List<Map<String, Object>> links = new ArrayList<>();
        for (IndexEntry entry : languages) {
            Leaflet leaflet = entry.publication().leaflet();
            links.add(Map.of(
                    "lang", leaflet.language(),
                    "name", strings.in(leaflet.language()).get("language.self"),
                    "pageHref", SiteLayout.pageOf(leaflet.leaflet(), leaflet.language()),
                    "pdfHref", SiteLayout.pdfOf(leaflet.leaflet(), leaflet.language()),
                    "pdfDetails", pdfDetailsOf(entry.pdf(), ui),
                    "isPartial", entry.publication().isPartial()));
        }
        card.put("languages", links);
        return card;
    }

    private static String pdfDetailsOf(PdfFacts pdf, LocalStrings ui) {
        String pages = ui.format(pdf.pageCount() == 1 ? "pdf.pages.one" : "pdf.pages.other",
                Map.of("count", Integer.toString(pdf.pageCount())));
        return ui.format("pdf.details", Map.of("size", FileSize.of(pdf.sizeBytes(), ui), "pages", pages));
    }
}
