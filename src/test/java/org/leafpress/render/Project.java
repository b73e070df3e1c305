package org.leafpress.render;

import java.nio.file.Path;

/** The project's real templates and UI strings, as the build uses them. */
final class Project {

    static final Path TEMPLATES = Path.of("templates");
    static final Templates TEMPLATES_IN_USE = Templates.in(TEMPLATES);
    static final UiStrings STRINGS = UiStrings.in(TEMPLATES.resolve("i18n"));

    private Project() {}

    static PrintRenderer printRenderer() {
        return PrintRenderer.of(TEMPLATES_IN_USE, STRINGS);
    }

    static HtmlRenderer htmlRenderer() {
        return HtmlRenderer.of(TEMPLATES_IN_USE, STRINGS);
    }
}
