package org.leafpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leafpress.align.LeafletParity;
import org.leafpress.align.TranslationParity;
import org.leafpress.extract.SourceUnreadableException;
import org.leafpress.model.Leaflet;
import org.leafpress.model.PrintOptions;
import org.leafpress.model.Section;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.normalise.HeadingVocabulary;
import org.leafpress.render.Publication;
import org.leafpress.render.SiteLayout;
import org.leafpress.render.html.RenderedPage;
import org.leafpress.render.print.PrintedLeaflet;
import org.leafpress.render.print.RenderedPdf;
import org.leafpress.source.LeafletSource;
import org.leafpress.source.SourceDiscovery;
import org.leafpress.source.SourceDocument;

/**
 * Builds one leaflet in every language into a staging folder, then swaps it into the output.
 * Any failure throws the staging folder away, so the previous output stays.
 */
final class LeafletBuild {

    private final Stages stages;
    private final OutputFolder output;
    private final BuildOptions options;
    private final BuildCache cache;
    private final HeadingVocabulary vocabulary;

    LeafletBuild(Stages stages, OutputFolder output, BuildOptions options, BuildCache cache) {
        this.stages = stages;
        this.output = output;
        this.options = options;
        this.cache = cache;
        this.vocabulary = HeadingVocabulary.load(options.templates().resolve("vocabulary").resolve("sections.yaml"));
    }

    /**
     * The leaflet as the cache has it when none of its inputs changed (its output kept, or
     * restored when it differs from the entry), else built and filed in the cache.
     */
    BuildReport.LeafletResult build(LeafletSource leaflet) {
        Stopwatch clock = new Stopwatch();
        String key;
        try {
            key = cache.keyOf(leaflet);
            Optional<BuildCache.Entry> entry = cache.lookup(leaflet.id(), key);
            if (entry.isPresent()) return unchanged(leaflet, entry.get(), clock);
        } catch (IOException e) {
            // A source that cannot even be hashed is read, and reported, by the build itself.
            key = null;
        }
        BuildReport.LeafletResult result = rebuilt(leaflet);
        if (key != null && result.isBuilt()) cache.store(key, result, output.root().resolve(leaflet.id()));
        return result;
    }

    private BuildReport.LeafletResult unchanged(LeafletSource leaflet, BuildCache.Entry entry, Stopwatch clock)
            throws IOException {
        if (!BuildCache.matches(entry, output.root().resolve(leaflet.id()))) {
            Path staging = output.stagingFor(leaflet.id());
            cache.restore(entry, staging);
            output.publish(staging, leaflet.id());
        }
        clock.lap("cache");
        BuildReport.LeafletResult r = entry.result();
        return new BuildReport.LeafletResult(r.leaflet(), BuildReport.UNCHANGED, r.error(), r.sourceLanguage(),
                r.documents(), r.outputs(), r.warnings(), clock.millis(), entry.parity());
    }

    private BuildReport.LeafletResult rebuilt(LeafletSource leaflet) {
        List<BuildReport.DocumentResult> documents = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>(leaflet.inferences());
        List<String> outputs = new ArrayList<>();
        Stopwatch leafletClock = new Stopwatch();
        Path staging = null;
        try {
            staging = output.stagingFor(leaflet.id());
            Stages.LanguageModels read = stages.modelsOf(leaflet, (doc, model, clock) -> {
                documents.add(documentResult(doc, model, clock));
                if (options.strict()) failOnLanguageMismatch(model);
            });
            Map<String, Leaflet> models = new LinkedHashMap<>(read.merged());
            // What merging the documents found to say (no title, say) belongs to the leaflet's warnings.
            List<Warning> fromDocuments = documents.stream().flatMap(d -> d.warnings().stream()).toList();
            models.values().forEach(m -> m.warnings().stream().filter(w -> !fromDocuments.contains(w))
                    .forEach(warnings::add));
            Map<String, List<Leaflet>> documentsByLanguage = read.documents();
            leafletClock.lap("extract-detect-normalise");
            Leaflet source = models.get(leaflet.sourceLanguage());
            List<TranslationParity> translations = new ArrayList<>();
            for (String language : List.copyOf(models.keySet())) {
                if (language.equals(leaflet.sourceLanguage())) continue;
                Stages.Translation t = stages.translationOf(leaflet, source, models.get(language),
                        documentsByLanguage.get(language));
                models.put(language, t.model());
                translations.add(t.parity());
            }
            leafletClock.lap("align");
            LeafletParity parity = new LeafletParity(leaflet.id(), leaflet.sourceLanguage(), translations);
            for (Leaflet model : models.values()) {
                Optional<TranslationParity> checked = translations.stream()
                        .filter(t -> t.language().equals(model.language())).findFirst();
                publishLanguage(leaflet, model, source, checked, List.copyOf(models.keySet()), staging, outputs,
                        warnings, leafletClock);
            }
            output.publish(staging, leaflet.id());
            leafletClock.lap("publish");
            return new BuildReport.LeafletResult(leaflet.id(), BuildReport.BUILT, "", leaflet.sourceLanguage(), documents,
                    outputs, warnings, leafletClock.millis(), parity);
        } catch (SourceUnreadableException | LeafletFailure e) {
            return failed(leaflet, staging, e.getMessage(), documents, warnings, leafletClock);
        } catch (IOException | RuntimeException e) {
            // Unexpected: still one leaflet's failure, never the whole build's.
            return failed(leaflet, staging, SourceDiscovery.shown(leaflet.folder()) + ": the build failed "
                    + "unexpectedly (" + e + "); please report it with this message", documents, warnings, leafletClock);
        }
    }

    /** Writes one language's model, PDFs and web page into the staging folder. */
    private void publishLanguage(LeafletSource leaflet, Leaflet model, Leaflet source,
            Optional<TranslationParity> parity, List<String> languages,
            Path staging, List<String> outputs, List<Warning> warnings, Stopwatch clock)
            throws IOException, LeafletFailure {
        String lang = model.language();
        Path folder = Files.createDirectories(staging.resolve(lang));
        Files.write(folder.resolve(SiteLayout.MODEL), ModelJson.toJsonBytes(model));
        Leaflet published = leaflet.manifest().fallBackToSource() ? SourceFallback.fill(model, source)
                : SourceFallback.mustCarry(model, source, vocabulary);
        Publication publication = Rendering.publicationOf(published, source, leaflet.manifest(), parity);
        PrintedLeaflet printed = stages.pdfOf(publication, printOptionsFor(leaflet));
        clock.lap("render-pdf");
        String pdfName = SiteLayout.pdfFileName(leaflet.id(), lang);
        for (Map.Entry<String, byte[]> file : printed.files(leaflet.id(), lang).entrySet()) {
            Files.write(folder.resolve(file.getKey()), file.getValue());
            if (!file.getKey().equals(pdfName)) outputs.add(leaflet.id() + "/" + lang + "/" + file.getKey());
        }
        RenderedPdf pdf = printed.pdf();
        RenderedPage page = stages.webPageOf(publication, languages, pdf.facts(pdfName));
        Files.write(folder.resolve(SiteLayout.PAGE), page.bytes());
        clock.lap("render-html");
        for (String f : List.of(SiteLayout.PAGE, pdfName, SiteLayout.MODEL)) outputs.add(leaflet.id() + "/" + lang + "/" + f);
        warnings.addAll(pdf.warnings());
        warnings.addAll(page.warnings());
    }

    /** The manifest's print settings, with what the command line turns on for every leaflet. */
    private PrintOptions printOptionsFor(LeafletSource leaflet) {
        return leaflet.manifest().print().overriddenBy(options.print());
    }

    private void failOnLanguageMismatch(Leaflet model) throws LeafletFailure {
        for (Warning w : model.warnings()) {
            if (w.code() == WarningCode.LANGUAGE_MISMATCH) {
                throw new LeafletFailure(w.where() + ": " + w.message() + " (--strict)");
            }
        }
    }

    private BuildReport.LeafletResult failed(LeafletSource leaflet, Path staging, String message,
            List<BuildReport.DocumentResult> documents, List<Warning> warnings, Stopwatch clock) {
        try {
            if (staging != null) output.discard(staging);
        } catch (IOException ignored) {
            // A staging folder left behind is removed by the next build; the output itself is intact.
        }
        return new BuildReport.LeafletResult(leaflet.id(), BuildReport.FAILED, message, leaflet.sourceLanguage(), documents,
                List.of(), warnings, clock.millis(), null);
    }

    private static BuildReport.DocumentResult documentResult(SourceDocument doc, Leaflet model, Stopwatch clock) {
        int paragraphs = model.sections().stream().mapToInt(s -> s.paragraphs().size()).sum();
        return new BuildReport.DocumentResult(doc.shown(), doc.role().name().toLowerCase(java.util.Locale.ROOT),
                doc.language(), model.detectedLanguage(), model.sections().stream().map(Section::key)
                        .map(Object::toString).toList(), paragraphs, model.warnings(), clock.millis());
    }
}
