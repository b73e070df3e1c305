package org.leafpress.publish;

import java.nio.file.Path;
import org.leafpress.model.PrintOptions;

/**
 * How to build: where the sources, templates and output are, whether what a release must not
 * have (a language that is not the declared one, a translation gap) fails the build, and what
 * print files to make.
 *
 * @param print what the command line asks of every leaflet's print, over its manifest
 * @param cache where unchanged leaflets are kept; {@code null}: {@code <output>/.cache}
 * @param shard which share of the leaflets this build makes ({@link Shard#ALL}: every one)
 */
public record BuildOptions(Path sources, Path output, Path templates, boolean strict, PrintOptions print,
        Path cache, Shard shard) {

    public BuildOptions {
        if (cache == null) cache = output.resolve(".cache");
        if (shard == null) shard = Shard.ALL;
    }

    public BuildOptions(Path sources, Path output, Path templates, boolean strict, PrintOptions print) {
        this(sources, output, templates, strict, print, null, Shard.ALL);
    }

    public BuildOptions(Path sources, Path output, Path templates, boolean strict) {
        this(sources, output, templates, strict, PrintOptions.DEFAULTS);
    }
}
