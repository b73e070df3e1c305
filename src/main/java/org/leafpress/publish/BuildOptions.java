package org.leafpress.publish;

import java.nio.file.Path;

/**
 * How to build: where the sources, templates and output are, and whether warnings that a
 * release must not have (a language that is not the declared one) fail the build.
 */
public record BuildOptions(Path sources, Path output, Path templates, boolean strict) {

    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("sources"), Path.of("output"), Path.of("templates"), false);
    }
}
