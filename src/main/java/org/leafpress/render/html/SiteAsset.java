package org.leafpress.render.html;

import java.nio.file.Path;

/** A file the web pages need, and where under {@code output/} it goes ({@code /}-separated). */
public record SiteAsset(Path source, String target) {}
