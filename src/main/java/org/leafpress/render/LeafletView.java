package org.leafpress.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.leafpress.model.Block;
import org.leafpress.model.BulletList;
import org.leafpress.model.Figure;
import org.leafpress.model.GlossaryTerm;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Note;
import org.leafpress.model.Paragraph;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;

/**
 * A publication as plain template data (maps, lists, strings), the same for print and web: the
 * inside-cover text, the body sections, the contents, the back-cover blurb and the imprint, with
 * every heading and date already in the leaflet's language. Running text comes as runs (see
 * {@link WebAddresses}) so that addresses in it become links.
 */
public final class LeafletView {

    /** The section printed on the inside cover, before the contents. */
    public static final SectionKey ABOUT = new SectionKey("about");
    /** The section printed on the back cover. */
    public static final SectionKey ABOUT_PUBLISHER = new SectionKey("about-publisher");

    private LeafletView() {}

    /** The template data of {@code publication} in the words of {@code ui}. */
    public static Map<String, Object> of(Publication publication, LocalStrings ui) {
        Leaflet leaflet = publication.leaflet();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("lang", leaflet.language());
        view.put("id", leaflet.id());
        view.put("title", leaflet.title());
        view.put("publisher", leaflet.publisher());
        view.put("partners", publication.partners());
        view.put("editionLabel", leaflet.edition().label());
        view.put("editionDate", DateWords.of(leaflet.edition().date(), ui));
        view.put("reviewedDate", DateWords.of(publication.lastReviewed(), ui));
        // The title and edition label may be in the manifest's language, not the page's.
        view.put("titleLang", publication.foreignTitleLanguage());
        // strip() keeps a no-break space, which a PDF's last line often ends with.
        view.put("attribution", leaflet.attribution().replaceAll("^[\\s\\u00A0]+|[\\s\\u00A0]+$", ""));
        view.put("copyright", copyrightOf(leaflet, ui));
        view.put("publishedBy", leaflet.publisher().isEmpty() ? ""
                : ui.format("published-by", Map.of("publisher", leaflet.publisher())));
        view.put("partialNotice", publication.partialTranslationOf()
                .map(source -> ui.format("partial-translation", Map.of("source", ui.languageName(source))))
                .orElse(""));
        view.put("subject", ui.format("pdf.subject", Map.of("title", leaflet.title())));
        view.put("keywords", ui.format("pdf.keywords",
                Map.of("title", leaflet.title(), "publisher", leaflet.publisher())));
        view.put("ui", ui.values());

        Set<String> ids = new HashSet<>();
        List<Map<String, Object>> body = new ArrayList<>();
        List<Map<String, Object>> contents = new ArrayList<>();
        for (Section section : leaflet.sections()) {
            Map<String, Object> s = sectionOf(section, leaflet.language(), ui, ids);
            if (section.key().equals(ABOUT) && !view.containsKey("about")) {
                view.put("about", s);
            } else if (section.key().equals(ABOUT_PUBLISHER) && !view.containsKey("backCover")) {
                view.put("backCover", s);
            } else {
                body.add(s);
                if (!s.get("heading").toString().isEmpty()) {
                    contents.add(Map.of("id", s.get("id"), "heading", s.get("heading")));
                }
            }
        }
        view.put("sections", body);
        view.put("contents", contents);
        return view;
    }

    private static String copyrightOf(Leaflet leaflet, LocalStrings ui) {
        String given = leaflet.copyright().strip();
        if (!given.isEmpty()) return given.contains("©") ? given : "© " + given;
        if (leaflet.publisher().isEmpty()) return "";
        String date = DateWords.of(leaflet.edition().date(), ui);
        if (date.isEmpty()) return "© " + leaflet.publisher();
        return ui.format("copyright", Map.of("publisher", leaflet.publisher(), "date", date));
    }

    private static Map<String, Object> sectionOf(Section section, String pageLanguage, LocalStrings ui,
            Set<String> ids) {
        String heading = section.heading().strip();
        if (heading.isEmpty()) heading = ui.find("section." + section.key().value()).orElse("");
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", uniqueId(section.key().value(), ids));
        s.put("key", section.key().value());
        s.put("heading", heading);
        s.put("blocks", blocksOf(section.blocks(), pageLanguage));
        return s;
    }

    // Keys are unique in a well-formed model, but an id must be unique whatever the model says.
    private static String uniqueId(String key, Set<String> ids) {
        String id = key;
        for (int n = 2; !ids.add(id); n++) id = key + "-" + n;
        return id;
    }

    /** Blocks as maps with a {@code type}; consecutive glossary terms become one {@code glossary} block. */
    private static List<Map<String, Object>> blocksOf(List<Block> blocks, String pageLanguage) {
        List<Map<String, Object>> out = new ArrayList<>();
        List<Map<String, Object>> terms = null;
        for (Block block : blocks) {
            if (block instanceof GlossaryTerm t) {
                if (terms == null) {
                    terms = new ArrayList<>();
                    out.add(Map.of("type", "glossary", "terms", terms));
                }
                terms.add(Map.of("term", t.term(), "definition", WebAddresses.runsOf(t.definition())));
                continue;
            }
            terms = null;
            out.add(mapOf(block, pageLanguage));
        }
        return out;
    }

    // Java 17 has no pattern switch; the sealed Block keeps this chain complete by review.
    private static Map<String, Object> mapOf(Block block, String pageLanguage) {
        if (block instanceof Paragraph p) {
            boolean foreign = !p.language().isEmpty() && !Languages.sameLanguage(p.language(), pageLanguage);
            return Map.of("type", "paragraph", "runs", WebAddresses.runsOf(p.text()),
                    "lang", foreign ? p.language() : "");
        }
        if (block instanceof BulletList l) {
            return Map.of("type", "list", "items", l.items().stream().map(WebAddresses::runsOf).toList());
        }
        if (block instanceof Figure f) return Map.of("type", "figure", "caption", f.caption(), "credit", f.credit());
        if (block instanceof Note n) return Map.of("type", "note", "runs", WebAddresses.runsOf(n.text()));
        throw new IllegalArgumentException("no view for block " + block.getClass().getSimpleName());
    }
}
