package org.leafpress.publish;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.leafpress.detect.LanguageDetector;
import org.leafpress.detect.LanguageReport;
import org.leafpress.detect.LeafletLanguages;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.PdfLayoutReader;
import org.leafpress.extract.SourceReader;
import org.leafpress.extract.SourceUnreadableException;
import org.leafpress.extract.TextLine;
import org.leafpress.model.Block;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.normalise.Normaliser;
import org.leafpress.source.SourceDiscovery;

/**
 * The one way into leafpress: each command of the command line is one call here. Every call runs
 * the stages in the same order: discover the sources, extract each document, normalise it into
 * the model, detect its languages, align translations to their source, render, publish.
 *
 * <p>A lone file ({@link #extract}, {@link #detect}) has no folder to say its language: a first
 * guess from its raw text picks the heading vocabulary before it is normalised, and its paragraphs
 * are then detected one by one, as in a build.
 */
public final class Pipeline {

    private Pipeline() {}

    /** Builds every leaflet of the sources folder into the output folder, with the site index and reports. */
    public static SiteBuild.Result build(BuildOptions options) throws IOException {
        return new SiteBuild(options).run();
    }

    /** The site assembled from the outputs of {@code build --shard} jobs, as one build would write it. */
    public static SiteBuild.Result merge(List<Path> shardOutputs, Path output, Path templates) throws IOException {
        return new SiteMerge(shardOutputs, output, templates).run();
    }

    /**
     * A watch on the sources and templates that rebuilds through the cache on each change and,
     * once started, serves the output on 127.0.0.1; {@code onBuild} hears of every build.
     */
    public static SiteWatch watch(BuildOptions options, Consumer<SiteBuild.Result> onBuild) {
        return new SiteWatch(options, onBuild);
    }

    /** The translation-parity report of every leaflet, without building anything. */
    public static ParityAudit.Result parity(BuildOptions options) throws IOException {
        return new ParityAudit(options).run();
    }

    /** The parity report, after writing {@code translation.lock} for every leaflet translated into {@code language}. */
    public static ParityAudit.Result acceptTranslation(BuildOptions options, String language) throws IOException {
        return new ParityAudit(options).accept(language);
    }

    /**
     * The model of one file read on its own, outside any leaflet folder: its id is the file's name,
     * its language {@code language} or, when empty, the one its text reads as ({@code und} if none).
     */
    public static Leaflet extract(Path file, Optional<String> language, Path templates) throws SourceUnreadableException {
        ExtractedDocument document = read(file);
        LanguageDetector detector = LanguageDetector.forDeclaredLanguages(language.map(Set::of).orElse(Set.of()));
        String lang = language.orElseGet(() -> detector.documentLanguageOf(rawParagraphsOf(document)).language());
        if (lang.isEmpty()) lang = "und";
        Leaflet model = Normaliser.fromTemplates(templates).normalise(document, idOf(file), lang);
        return new LeafletLanguages(detector).annotate(model, SourceDiscovery.shown(file));
    }

    /** The language of one file and of each of its paragraphs, as the normaliser finds them. */
    public static LanguageReport detect(Path file, Path templates) throws SourceUnreadableException {
        // Paragraphs as the normaliser finds them: furniture and headings do not vote.
        Leaflet model = Normaliser.fromTemplates(templates).normalise(read(file), "detect", "und");
        List<String> paragraphs = new ArrayList<>();
        for (Section section : model.sections()) {
            for (Block block : section.blocks()) paragraphs.add(block.plainText());
        }
        return LanguageReport.of(file.toString(), paragraphs, LanguageDetector.forDeclaredLanguages(Set.of()));
    }

    private static ExtractedDocument read(Path file) throws SourceUnreadableException {
        return new SourceReader(new PdfLayoutReader()).read(file, Optional.empty());
    }

    /** The leaflet id a file would have as a leaflet of its own: its name, as a key. */
    private static String idOf(Path file) {
        String name = file.getFileName().toString().replaceFirst("\\.[^.]+$", "");
        return SectionKey.slugOf(name).value();
    }

    /** The document's text in blank-line-separated runs: good enough to tell its language. */
    private static List<String> rawParagraphsOf(ExtractedDocument document) {
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
