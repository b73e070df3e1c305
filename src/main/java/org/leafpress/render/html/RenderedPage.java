package org.leafpress.render.html;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.leafpress.model.Warning;

/** An HTML page and what the renderer wants an editor to know about it. */
public record RenderedPage(String html, List<Warning> warnings) {

    public RenderedPage {
        warnings = List.copyOf(warnings);
    }

    /** The page as UTF-8, as it is written to disk. */
    public byte[] bytes() {
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
