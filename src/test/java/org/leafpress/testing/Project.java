package org.leafpress.testing;

import java.nio.file.Path;
import org.leafpress.render.Templates;
import org.leafpress.render.UiStrings;
import org.leafpress.render.html.HtmlRenderer;
import org.leafpress.render.print.PrintRenderer;

/** The project's real templates and UI strings, as the build uses them. */
public final class Project {

    public static final Path TEMPLATES = Path.of("templates");
    public static final Templates TEMPLATES_IN_USE = Templates.in(TEMPLATES);
    public static final UiStrings STRINGS = UiStrings.in(TEMPLATES.resolve("i18n"));

    private Project() {}

    /** The UI string {@code key} in {@code language} from templates/i18n, as the pages show it. */
    public static String ui(String language, String key) {
        return STRINGS.in(language).find(key)
                .orElseThrow(() -> new IllegalArgumentException("no UI string " + key + " in templates/i18n"));
    }

    public static PrintRenderer printRenderer() {
        return PrintRenderer.of(TEMPLATES_IN_USE, STRINGS);
    }

    public static HtmlRenderer htmlRenderer() {
        return HtmlRenderer.of(TEMPLATES_IN_USE, STRINGS);
    }
}
