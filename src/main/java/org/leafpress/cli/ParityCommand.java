package org.leafpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leafpress.publish.BuildOptions;
import org.leafpress.publish.ModelJson;
import org.leafpress.publish.ParityAudit;
import org.leafpress.publish.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parity}: which sections of each translation follow the source, without building the site. */
@Command(name = "parity", mixinStandardHelpOptions = true,
        description = "Aligns every translation to its source language, section by section, and reports what is "
                + "translated, partial, missing, stale or extra, with findings (untranslated paragraphs, numbers or "
                + "addresses on one side only, paragraphs added or left out).")
final class ParityCommand implements Callable<Integer> {

    @Option(names = "--sources", description = "the folder of leaflet folders (default: ${DEFAULT-VALUE})",
            defaultValue = "sources")
    Path sources;

    @Option(names = "--strict", description = "exit 1 when a translation that is not a draft has missing or stale "
            + "sections, untranslated paragraphs or mismatched numbers")
    boolean strict;

    @Option(names = "--json", description = "print the report as JSON (the contract of output/reports/parity.json)")
    boolean json;

    @Option(names = "--accept", paramLabel = "xx", description = "after review: record that the translations into "
            + "language xx follow their source as it is now (writes sources/<leaflet>/xx/translation.lock)")
    String accept;

    @CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.languageCode("--accept", accept);
        BuildOptions options = new BuildOptions(sources, Path.of("output"), common.templates, strict);
        ParityAudit.Result result = accept == null ? Pipeline.parity(options) : Pipeline.acceptTranslation(options, accept);
        PrintWriter out = common.out();
        PrintWriter err = common.err();
        result.problems().forEach(p -> err.println("FAILED  " + p.message()));
        if (accept != null && result.accepted().isEmpty()) {
            err.println("no leaflet has a translation into " + accept + ": nothing accepted, no translation.lock written");
            err.flush();
            return Leafpress.CONTENT_FAILED;
        }
        ParitySummary summary = new ParitySummary(result.report());
        if (json) {
            out.print(ModelJson.toJson(result.report()));
            out.flush();
        } else {
            if (accept != null) out.println("accepted " + accept + ": translation.lock written for each leaflet in " + accept);
            summary.printTo(out);
        }
        boolean gateFails = strict && summary.failsStrict(err);
        return !result.problems().isEmpty() || gateFails ? Leafpress.CONTENT_FAILED : Leafpress.DONE;
    }
}
