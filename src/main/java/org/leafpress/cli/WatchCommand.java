package org.leafpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leafpress.publish.BuildOptions;
import org.leafpress.publish.Pipeline;
import org.leafpress.publish.SiteWatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code watch}: rebuilds on save and serves the output with live reload, until stopped. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Builds, serves the output folder on 127.0.0.1 and rebuilds what changed whenever a source or "
                + "template is saved; an open page reloads itself after each rebuild. Ctrl-C stops it.")
final class WatchCommand implements Callable<Integer> {

    @Option(names = "--sources", description = "the folder of leaflet folders (default: ${DEFAULT-VALUE})",
            defaultValue = "sources")
    Path sources;

    @Option(names = "--output", description = "where to publish (default: ${DEFAULT-VALUE})", defaultValue = "output")
    Path output;

    @Option(names = "--cache", paramLabel = "DIR", description = "the incremental-build cache (default: <output>/.cache)")
    Path cache;

    @Option(names = "--port", description = "the port on 127.0.0.1 (default: 0, any free port)", defaultValue = "0")
    int port;

    @CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = common.out();
        BuildOptions options = new BuildOptions(sources, output, common.templates, false,
                org.leafpress.model.PrintOptions.DEFAULTS, cache, null);
        try (SiteWatch watch = Pipeline.watch(options, result -> new BuildSummary(result.build())
                .printTo(out, common.err(), output))) {
            int bound = watch.start(port);
            out.printf("serving http://127.0.0.1:%d/ ; watching %s and %s (Ctrl-C stops)%n", bound, sources,
                    common.templates);
            out.flush();
            Thread.currentThread().join();
        }
        return Leafpress.DONE;
    }
}
