package org.leafpress.normalise;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leafpress.model.Block;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;

/**
 * Collects blocks into sections as a reader walks a document top to bottom: a heading opens a
 * section, blocks go into the open one, and blocks before any heading go into a section of their
 * own ({@code introduction} after a title, else {@code unassigned}). Opening a key again adds to
 * the section already there, which is how text that came out of order finds its way back.
 */
public final class SectionAssembly {

    /** The key of the text between a title and the first heading. */
    public static final SectionKey INTRODUCTION = new SectionKey("introduction");

    private final HeadingVocabulary vocabulary;
    private final String language;
    private final Map<SectionKey, Section> sections = new LinkedHashMap<>();
    private final List<Warning> warnings = new ArrayList<>();
    private SectionKey key;
    private String heading = "";
    private List<Block> blocks = new ArrayList<>();
    private boolean sawTitle;

    SectionAssembly(HeadingVocabulary vocabulary, String language) {
        this.vocabulary = vocabulary;
        this.language = language;
    }

    /** The text before the first heading follows a title, so it is the leaflet's introduction. */
    void titleSeen() {
        sawTitle = true;
    }

    /** Opens the section a heading names and returns its key; {@code where} is for warnings. */
    SectionKey heading(String text, String where) {
        String h = text.strip();
        SectionKey k = vocabulary.keyOf(h, language).orElseGet(() -> {
            SectionKey slug = SectionKey.slugOf(h);
            warnings.add(unknownHeading(h, slug, where));
            return slug;
        });
        open(k, h);
        return k;
    }

    /** The warning for a heading no wording in the vocabulary matches, which keeps a key made of its words. */
    public static Warning unknownHeading(String heading, SectionKey slug, String where) {
        return new Warning(WarningCode.UNKNOWN_HEADING, "the heading '" + heading + "' is not in "
                + "templates/vocabulary/sections.yaml; it keeps the key '" + slug + "' (add it to the "
                + "vocabulary to share a key with other languages)", where);
    }

    /** Opens (or reopens) the section {@code k}. */
    void open(SectionKey k, String headingText) {
        close();
        key = k;
        heading = headingText;
    }

    /** The key of the open section, if a heading opened one. */
    Optional<SectionKey> openKey() {
        return Optional.ofNullable(key);
    }

    /** Whether the open section is only navigation or layout (a contents list, a notes page). */
    boolean inNonContent() {
        return key != null && (vocabulary.isNavigation(key) || vocabulary.isLayout(key));
    }

    void add(Block block) {
        blocks.add(block);
    }

    List<Section> sections() {
        close();
        return List.copyOf(sections.values());
    }

    boolean isEmpty() {
        return sections.isEmpty() && blocks.isEmpty() && key == null;
    }

    List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    private void close() {
        if (key == null && blocks.isEmpty()) return;
        SectionKey k = key != null ? key : sawTitle ? INTRODUCTION : SectionKey.UNASSIGNED;
        boolean content = key == null || !(vocabulary.isNavigation(key) || vocabulary.isLayout(key));
        if (content) {
            Section added = new Section(k, heading, blocks);
            sections.merge(k, added, (was, more) -> {
                List<Block> all = new ArrayList<>(was.blocks());
                all.addAll(more.blocks());
                return new Section(k, was.heading().isEmpty() ? more.heading() : was.heading(), all);
            });
        }
        blocks = new ArrayList<>();
        key = null;
        heading = "";
    }
}
