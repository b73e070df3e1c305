package org.leafpress.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.leafpress.detect.LanguageDetector;
import org.leafpress.detect.LeafletLanguages;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.TextLine;
import org.leafpress.model.Leaflet;
import org.leafpress.publish.ModelJson;
import org.leafpress.source.SourceDiscovery;
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
        SingleSource source = SingleSource.read(file, common);
        ExtractedDocument document = source.document();
        LanguageDetector detection = LanguageDetector.forDeclaredLanguages(language == null ? Set.of() : Set.of(language));
        String lang = language != null ? language : detection.documentLanguageOf(paragraphsOf(document)).language();
        if (lang.isEmpty()) lang = "und";
        Leaflet model = source.modelOf(common.templates, source.id(), lang);
        model = new LeafletLanguages(detection).annotate(model, SourceDiscovery.shown(file));
        common.out().print(ModelJson.toJson(model));
        common.out().flush();
        return Leafpress.DONE;
    }

    /** The document's text in blank-line-separated runs: good enough to tell its language. */
    static List<String> paragraphsOf(ExtractedDocument document) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder open = new StringBuilder();
        for (TextLine line : document.lines()) {
            if (line.isBlank()) {
                if (open.length() > 0) paragraphs.add(open.toString().strip());
                open.setLength(0);
            } else {
                open.append(line.text()).append(' ');
            }
        }
        if (open.length() > 0) paragraphs.add(open.toString().strip());
        return paragraphs;
    }
}
