package org.leafpress.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.leafpress.publish.Pipeline;
import org.leafpress.publish.SiteBuild;
import org.leafpress.render.SiteLayout;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge OUT1 OUT2 ... --output DIR}: one site from the outputs of {@code build --shard} jobs. */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Assembles the site from the outputs of `build --shard K/N` jobs: every leaflet's folder, the "
                + "index page, reports/build.json and the parity report, as one build of every leaflet writes them.")
final class MergeCommand implements Callable<Integer> {

    @Parameters(paramLabel = "OUT", arity = "1..*", description = "the --output folder of each shard's build")
    List<Path> shards;

    @Option(names = "--output", description = "where to publish the site (default: ${DEFAULT-VALUE})",
            defaultValue = "output")
    Path output;

    @CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        for (Path shard : shards) {
            if (!Files.isRegularFile(shard.resolve(SiteLayout.BUILD_REPORT))) {
                throw common.usage(shard + ": not a build's output (no reports/build.json); name the --output "
                        + "folders of the build --shard jobs");
            }
        }
        SiteBuild.Result result;
        try {
            result = Pipeline.merge(shards, output, common.templates);
        } catch (IllegalArgumentException e) {
            throw common.usage(e.getMessage());
        }
        new BuildSummary(result.build()).printTo(common.out(), common.err(), output);
        return result.build().hasFailures() ? Leafpress.CONTENT_FAILED : Leafpress.DONE;
    }
}
