package org.leafpress.normalise;

import java.util.ArrayList;
import java.util.List;
import org.leafpress.model.Block;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.model.Warning;

/**
 * Collects blocks into sections as a reader walks a document top to bottom: a heading opens a
 * section, blocks go into the open one, and blocks before any heading go into a section of their
 * own ({@code introduction} after a title, else {@code unassigned}).
 */
final class SectionAssembly {

    private static final SectionKey INTRODUCTION = new SectionKey("introduction");

    private final HeadingVocabulary vocabulary;
    private final String language;
    private final List<Section> sections = new ArrayList<>();
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

    /** Opens the section a heading names; {@code where} says where the heading is, for warnings. */
    void heading(String text, String where) {
        close();
        heading = text.strip();
        key = vocabulary.keyOf(heading, language).orElseGet(() -> {
            SectionKey slug = SectionKey.slugOf(heading);
            warnings.add(new Warning("unknown-heading", "the heading '" + heading + "' is not in "
                    + "templates/vocabulary/sections.yaml; it keeps the key '" + slug + "' (add it to the "
                    + "vocabulary to share a key with other languages)", where));
            return slug;
        });
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
        return List.copyOf(sections);
    }

    List<Warning> warnings() {
        return List.copyOf(warnings);
    }

    private void close() {
        if (key == null && blocks.isEmpty()) return;
        SectionKey k = key != null ? key : sawTitle ? INTRODUCTION : SectionKey.UNASSIGNED;
        if (!inNonContent() || key == null) {
            if (!blocks.isEmpty() || key != null) sections.add(new Section(k, heading, blocks));
        }
        blocks = new ArrayList<>();
        key = null;
        heading = "";
    }
}
