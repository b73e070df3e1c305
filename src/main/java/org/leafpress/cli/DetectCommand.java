package org.leafpress.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.leafpress.detect.LanguageReport;
import org.leafpress.publish.ModelJson;
import org.leafpress.publish.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code detect FILE}: the language of a document and of each of its paragraphs. */
@Command(name = "detect", mixinStandardHelpOptions = true,
        description = "Prints the language of the document and of each paragraph, with Lingua's confidence "
                + "(the share of the sentences' letters that voted for it).")
final class DetectCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the source file")
    Path file;

    @Option(names = "--json", description = "print the report as JSON")
    boolean json;

    @CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.existingFile(file);
        LanguageReport report = Pipeline.detect(file, common.templates);
        common.out().print(json ? ModelJson.toJson(report) : report.toText());
        common.out().flush();
        return Leafpress.DONE;
    }
}
