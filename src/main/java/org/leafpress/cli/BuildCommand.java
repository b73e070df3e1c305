package org.leafpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leafpress.model.PrintOptions;
import org.leafpress.publish.BuildOptions;
import org.leafpress.publish.Pipeline;
import org.leafpress.publish.Shard;
import org.leafpress.publish.SiteBuild;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code build}: every leaflet in the sources folder into the output folder. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds every leaflet in the sources folder: HTML, PDF and model JSON per language, "
                + "an index page and reports/build.json. A leaflet that fails keeps its previous output.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--sources", description = "the folder of leaflet folders (default: ${DEFAULT-VALUE})",
            defaultValue = "sources")
    Path sources;

    @Option(names = "--output", description = "where to publish (default: ${DEFAULT-VALUE})", defaultValue = "output")
    Path output;

    @Option(names = "--strict", description = "exit 1 when a document is not in its declared language, or a "
            + "translation that is not a draft has missing or stale sections, untranslated paragraphs or mismatched "
            + "numbers")
    boolean strict;

    @Option(names = "--page-size", paramLabel = "NAME", description = "print every leaflet on this page size from "
            + "templates/print/page-sizes.yaml (A5, A4), whatever its manifest says")
    String pageSize;

    @Option(names = "--bleed", description = "also write each PDF as a printer's master with 3 mm bleed and crop "
            + "marks (<leaflet>.<lang>.print.pdf)")
    boolean bleed;

    @Option(names = "--booklet", description = "also write a 2-up A4 booklet in saddle-stitch order for an office "
            + "printer (<leaflet>.<lang>.booklet.pdf)")
    boolean booklet;

    @Option(names = "--shard", paramLabel = "K/N", description = "build only the K-th of N shares of the leaflets "
            + "(a leaflet's share follows from its id alone), for a CI job matrix; `merge` puts the shares together")
    String shard;

    @Option(names = "--cache", paramLabel = "DIR", description = "where unchanged leaflets are kept between builds "
            + "(default: <output>/.cache); point it at the folder your CI caches")
    Path cache;

    @CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        Shard share;
        try {
            share = shard == null ? Shard.ALL : Shard.parse(shard);
        } catch (IllegalArgumentException e) {
            throw common.usage(e.getMessage());
        }
        SiteBuild.Result result = Pipeline.build(new BuildOptions(sources, output, common.templates, strict,
                new PrintOptions(pageSize == null ? "" : pageSize, bleed, booklet), cache, share));
        PrintWriter out = common.out();
        PrintWriter err = common.err();
        new BuildSummary(result.build()).printTo(out, err, output);
        ParitySummary parity = new ParitySummary(result.parity());
        parity.printTo(out);
        boolean gateFails = strict && parity.failsStrict(err);
        return result.build().hasFailures() || gateFails ? Leafpress.CONTENT_FAILED : Leafpress.DONE;
    }
}
