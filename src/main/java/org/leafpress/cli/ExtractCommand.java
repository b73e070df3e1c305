package org.leafpress.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.leafpress.model.Leaflet;
import org.leafpress.publish.ModelJson;
import org.leafpress.publish.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract FILE}: the model JSON of one file, no manifest needed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the model JSON of one source file (PDF, text, HTML, DOCX, ODT) to standard output.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "the source file")
    Path file;

    @Option(names = "--language", paramLabel = "xx", description = "the document's language (default: detected)")
    String language;

    @CommandLine.Mixin
    CommonOptions common;

    @Override
    public Integer call() throws Exception {
        common.languageCode("--language", language);
        common.existingFile(file);
        Leaflet model = Pipeline.extract(file, Optional.ofNullable(language), common.templates);
        common.out().print(ModelJson.toJson(model));
        common.out().flush();
        return Leafpress.DONE;
    }
}
