package org.leafpress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leafpress.publish.BuildOptions;
import org.leafpress.publish.BuildReport;
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

    @Option(names = "--strict", description = "fail a leaflet whose document is not in its declared language")
    boolean strict;

    @CommandLine.Mixin
    CommonOptions common;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        BuildReport report = new SiteBuild(new BuildOptions(sources, output, common.templates, strict)).run();
        new BuildSummary(report).printTo(spec.commandLine().getOut(), spec.commandLine().getErr(), output);
        return report.hasFailures() ? Leafpress.CONTENT_FAILED : Leafpress.DONE;
    }
}
