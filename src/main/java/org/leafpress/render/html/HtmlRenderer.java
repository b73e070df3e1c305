package org.leafpress.render.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.leafpress.model.Leaflet;
import org.leafpress.render.DateWords;
import org.leafpress.render.LeafletView;
import org.leafpress.render.LocalStrings;
import org.leafpress.render.PdfFacts;
import org.leafpress.render.SiteLayout;
import org.leafpress.render.Templates;
import org.leafpress.render.UiStrings;

/**
 * Writes the web site: each leaflet as an accessible page ({@code templates/html/leaflet.ftlh})
 * and the index of every leaflet ({@code templates/html/index.ftlh}). Links follow
 * {@link SiteLayout}; the stylesheet and fonts are the {@link SiteAssets}.
 */
public final class HtmlRenderer {

    static final String PAGE_TEMPLATE = "html/leaflet.ftlh";
    static final String INDEX_TEMPLATE = "html/index.ftlh";
    static final String PARITY_TEMPLATE = "html/parity.ftlh";

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
        TemplateStrings words = new TemplateStrings(ui, strings.folder().toString());
        Map<String, Object> data = new LinkedHashMap<>(LeafletView.of(page.publication(), ui));
        data.put("ui", words);
        String toRoot = "../../";
        data.put("assets", toRoot + SiteLayout.ASSETS);
        data.put("indexHref", toRoot + SiteLayout.INDEX);
        data.put("editionDateValue", machineDateOf(leaflet.edition().date()));
        data.put("reviewedDateValue", machineDateOf(page.publication().lastReviewed()));
        data.put("pdf", Map.of(
                "href", page.pdf().fileName(),
                "details", pdfDetailsOf(page.pdf(), words)));
        List<Map<String, Object>> languages = new ArrayList<>();
        for (String other : page.otherLanguages()) {
            languages.add(Map.of(
                    "lang", other,
                    "name", strings.in(other).get("language.self"),
                    "href", "../" + other + "/index.html"));
        }
        data.put("otherLanguages", languages);
        // A partial translation points to the page that has the whole leaflet, when it is published.
        page.publication().partialTranslationOf()
                .filter(page.otherLanguages()::contains)
                .ifPresent(source -> data.put("partialSource", Map.of(
                        "href", "../" + source + "/index.html",
                        "text", words.format("partial-translation.read-source",
                                Map.of("source", ui.languageName(source))))));
        data.put("selfName", ui.get("language.self"));
        String html = templates.render(PAGE_TEMPLATE, data);
        return new RenderedPage(html, words.warnings());
    }

    /** The date for {@code <time datetime>} and JSON-LD, which take only ISO dates; empty for "spring 2019". */
    private static String machineDateOf(String date) {
        String d = date.strip();
        return d.matches("\\d{4}(-\\d{2}(-\\d{2})?)?") ? d : "";
    }

    /** The site index, for {@code output/index.html}: every leaflet with its languages, pages and PDFs. */
    public RenderedPage renderIndex(List<IndexEntry> entries, String language) {
        LocalStrings ui = strings.in(language);
        TemplateStrings words = new TemplateStrings(ui, strings.folder().toString());
        // One card a leaflet, in the order the leaflets first appear; its languages in the given order.
        Map<String, List<IndexEntry>> byLeaflet = new LinkedHashMap<>();
        for (IndexEntry entry : entries) {
            byLeaflet.computeIfAbsent(entry.publication().leaflet().id(), id -> new ArrayList<>()).add(entry);
        }
        List<Map<String, Object>> cards = new ArrayList<>();
        for (List<IndexEntry> languages : byLeaflet.values()) cards.add(cardOf(languages, ui, words));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", language);
        data.put("ui", words);
        data.put("assets", SiteLayout.ASSETS);
        data.put("leaflets", cards);
        String html = templates.render(INDEX_TEMPLATE, data);
        return new RenderedPage(html, words.warnings());
    }

    /** A leaflet on the index: titled as its first entry (the original, by convention) says. */
    /**
     * The translation-parity report page ({@code reports/parity.html}). {@code report} is the
     * parity JSON as plain maps and lists, so this stage needs nothing of the align stage.
     */
    public RenderedPage renderParity(Map<String, Object> report) {
        LocalStrings ui = strings.in(UiStrings.FALLBACK);
        TemplateStrings words = new TemplateStrings(ui, strings.folder().toString());
        Map<String, Object> data = new LinkedHashMap<>(report);
        data.put("lang", UiStrings.FALLBACK);
        data.put("ui", words);
        data.put("assets", SiteLayout.ASSETS);
        // Each translation's part of the page speaks its translator's language where
        // templates/i18n has the strings (English where not), and names both languages.
        Map<String, Object> uiOf = new java.util.TreeMap<>();
        Map<String, String> languageNames = new java.util.TreeMap<>();
        Object leaflets = report.get("leaflets");
        if (leaflets instanceof List<?> list) {
            for (Object leaflet : list) {
                if (!(leaflet instanceof Map<?, ?> l)) continue;
                List<String> codes = new ArrayList<>();
                codes.add(String.valueOf(l.get("sourceLanguage")));
                if (l.get("translations") instanceof List<?> ts) {
                    for (Object t : ts) if (t instanceof Map<?, ?> tm) codes.add(String.valueOf(tm.get("language")));
                }
                for (String code : codes) {
                    uiOf.computeIfAbsent(code, c -> new TemplateStrings(strings.in(c), strings.folder().toString()));
                    languageNames.computeIfAbsent(code, HtmlRenderer::languageName);
                }
            }
        }
        data.put("uiOf", uiOf);
        data.put("languageNames", languageNames);
        return new RenderedPage(templates.render(PARITY_TEMPLATE, data), words.warnings());
    }

    private Map<String, Object> cardOf(List<IndexEntry> languages, LocalStrings ui, TemplateStrings words) {
        Leaflet first = languages.get(0).publication().leaflet();
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("id", first.id());
        card.put("title", first.title());
        card.put("lang", first.language());
        card.put("publisher", first.publisher());
        String label = first.edition().label().strip();
        String date = DateWords.of(first.edition().date(), ui);
        card.put("edition", label.isEmpty() || date.isEmpty() ? (label + date) : label + ", " + date);
        List<Map<String, Object>> links = new ArrayList<>();
        for (IndexEntry entry : languages) {
            Leaflet leaflet = entry.publication().leaflet();
            Map<String, Object> link = new LinkedHashMap<>();
            link.put("lang", leaflet.language());
            link.put("name", strings.in(leaflet.language()).get("language.self"));
            link.put("pageHref", SiteLayout.pageOf(leaflet.id(), leaflet.language()));
            link.put("pdfHref", SiteLayout.pdfOf(leaflet.id(), leaflet.language()));
            link.put("pdfDetails", pdfDetailsOf(entry.pdf(), words));
            link.put("isPartial", entry.publication().isPartial());
            // In words (ui "parity.<status>", else the word itself) and as a class the stylesheet colours.
            String status = entry.parityStatus().map(HtmlRenderer::statusClassOf).orElse("");
            link.put("parity", status);
            link.put("parityWords", status.isEmpty() ? "" : words.getOr("parity." + status, status));
            links.add(link);
        }
        card.put("languages", links);
        return card;
    }

    /** A language's name in itself ("Deutsch", "español"), from the JDK's locale data; the code when it has none. */
    private static String languageName(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** A status word as a CSS class and UI-string suffix: lower case, letters, digits and hyphens only. */
    private static String statusClassOf(String status) {
        return status.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String pdfDetailsOf(PdfFacts pdf, TemplateStrings ui) {
        String pages = ui.format(pdf.pageCount() == 1 ? "pdf.pages.one" : "pdf.pages.other",
                Map.of("count", Integer.toString(pdf.pageCount())));
        return ui.format("pdf.details", Map.of("size", FileSize.of(pdf.sizeBytes(), ui.strings()), "pages", pages));
    }
}
