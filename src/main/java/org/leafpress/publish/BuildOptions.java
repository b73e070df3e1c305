package org.leafpress.publish;

import java.nio.file.Path;

/**
 * How to build: where the sources, templates and output are, whether what a release must not
 * have (a language that is not the declared one, a translation gap) fails the build, and what
 * print files to make.
 */
public record BuildOptions(Path sources, Path output, Path templates, boolean strict, Print print) {

    /**
     * What the command line asks of print, over every manifest: a page size (empty: each
     * manifest's own), and the printer's master and booklet turned on for every leaflet.
     */
    public record Print(String pageSize, boolean bleed, boolean booklet) {
        public static final Print AS_MANIFESTS_SAY = new Print("", false, false);
    }

    public BuildOptions(Path sources, Path output, Path templates, boolean strict) {
        this(sources, output, templates, strict, Print.AS_MANIFESTS_SAY);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("sources"), Path.of("output"), Path.of("templates"), false);
    }
}
