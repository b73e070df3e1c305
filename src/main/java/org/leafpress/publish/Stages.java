package org.leafpress.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.leafpress.align.AlignedTranslation;
import org.leafpress.align.ParityCheck;
import org.leafpress.align.ParityReport;
import org.leafpress.align.TranslationLock;
import org.leafpress.align.TranslationLockException;
import org.leafpress.align.TranslationParity;
import org.leafpress.detect.LanguageDetector;
import org.leafpress.detect.LeafletLanguages;
import org.leafpress.extract.ExtractedDocument;
import org.leafpress.extract.PdfLayoutReader;
import org.leafpress.extract.SourceReader;
import org.leafpress.extract.SourceUnreadableException;
import org.leafpress.model.Block;
import org.leafpress.model.Edition;
import org.leafpress.model.Leaflet;
import org.leafpress.model.PrintOptions;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.normalise.Normaliser;
import org.leafpress.render.PdfFacts;
import org.leafpress.render.Publication;
import org.leafpress.render.html.RenderedPage;
import org.leafpress.render.print.PrintedLeaflet;
import org.leafpress.source.LeafletSource;
import org.leafpress.source.Manifest;
import org.leafpress.source.SectionPin;
import org.leafpress.source.SourceDiscovery;
import org.leafpress.source.SourceDocument;

/**
 * The stages, each built once per run (Tika, Lingua and Freemarker are slow to start), and the
 * calls that carry one document through them.
 */
final class Stages {

    /** Tika's configuration takes a while to load: made when the first document is read. */
    private SourceReader reader;
    private final Normaliser normaliser;
    private final LeafletLanguages languages;
    private final FutureTask<Rendering> rendering;
    private final ParityCheck parity;
    private final FutureTask<Void> warmUp;
    private boolean warmUpStarted;

    private Stages(Normaliser normaliser, LeafletLanguages languages,
            FutureTask<Rendering> rendering, FutureTask<Void> warmUp, ParityCheck parity) {
        this.warmUp = warmUp;
        this.parity = parity;
        this.normaliser = normaliser;
        this.languages = languages;
        this.rendering = rendering;
    }

    static Stages create(BuildOptions options, Set<String> declaredLanguages) {
        return create(options, declaredLanguages, true);
    }

    /** A pipeline that renders, or (for the parity report alone) one that only reads and aligns. */
    static Stages create(BuildOptions options, Set<String> declaredLanguages, boolean renders) {
        Path templates = options.templates();
        LanguageDetector detector = LanguageDetector.forDeclaredLanguages(declaredLanguages);
        FutureTask<Rendering> rendering = new FutureTask<>(() -> renders ? new Rendering(templates) : null);
        // Lingua loads its language models on first use, and the renderers their templates and
        // fonts (each near a second): the first leaflet that must be read starts both on the other
        // core while its documents are extracted. A build with every leaflet unchanged loads
        // neither Lingua nor the PDF renderer.
        FutureTask<Void> warmUp = new FutureTask<>(() -> {
            detector.languageOf(WARM_UP_SENTENCE);
            rendering.run();
            if (renders) rendering.get().prepareToPrint();
            return null;
        });
        return new Stages(Normaliser.fromTemplates(templates),
                new LeafletLanguages(detector), rendering, warmUp, ParityCheck.fromTemplates(templates));
    }

    /** Starts loading Lingua's models and the renderers in the background, once: a leaflet is to be read. */
    void prepareToRead() {
        synchronized (warmUp) {
            if (warmUpStarted) return;
            warmUpStarted = true;
        }
        Thread thread = new Thread(warmUp, "leafpress-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private synchronized SourceReader reader() {
        if (reader == null) reader = new SourceReader(new PdfLayoutReader());
        return reader;
    }

    /** The languages the detector tells apart (a leaflet's detected languages depend on them). */
    List<String> detectorLanguages() {
        return languages.detector().languages();
    }

    /** Any sentence long enough for Lingua to consult every language's model. */
    private static final String WARM_UP_SENTENCE = "Loading the language models before they are needed.";

    /** Extracts, normalises and detects one document; laps the clock at each stage. */
    Leaflet modelOf(SourceDocument doc, LeafletSource leaflet, Stopwatch clock) throws SourceUnreadableException {
        ExtractedDocument extracted = reader().read(Path.of(doc.shown()), doc.charset());
        clock.lap("extract");
        Leaflet model = normaliser.normalise(extracted, leaflet.id(), doc.language());
        clock.lap("normalise");
        model = languages.annotate(model, doc.shown());
        clock.lap("detect");
        return model;
    }

    /**
     * One language's documents as one model: sections in document order, sections of the same key
     * joined; identity from the manifest first, then from what the documents state.
     */
    Leaflet merged(List<Leaflet> parts, LeafletSource leaflet, String language) {
        Leaflet first = parts.get(0);
        Map<SectionKey, Section> sections = new LinkedHashMap<>();
        List<Warning> warnings = new ArrayList<>();
        for (Leaflet part : parts) {
            warnings.addAll(part.warnings());
            for (Section s : part.sections()) {
                sections.merge(s.key(), s, (a, b) -> {
                    List<Block> blocks = new ArrayList<>(a.blocks());
                    blocks.addAll(b.blocks());
                    return a.withBlocks(blocks);
                });
            }
        }
        Manifest m = leaflet.manifest();
        boolean isSource = language.equals(leaflet.sourceLanguage());
        String title = firstNonEmpty(isSource ? m.title() : m.titles().getOrDefault(language, ""), first.title(),
                m.title());
        if (title.isEmpty() && isSource) {
            // A page and a PDF need a title; the folder's name stands in, and the editor is told.
            title = leaflet.id();
            warnings.add(new Warning(WarningCode.NO_TITLE, "neither the manifest nor the source states a title; the leaflet "
                    + "is titled '" + title + "' until leaflet.yaml says title:", SourceDiscovery.shown(leaflet.folder())));
        }
        Edition edition = m.edition().label().isEmpty() && m.edition().date().isEmpty() ? first.edition() : m.edition();
        if (m.editionLabels().containsKey(language)) {
            edition = new Edition(m.editionLabels().get(language), edition.date());
        }
        Leaflet merged = first.withIdentity(leaflet.id(), language, title, edition,
                firstNonEmpty(m.publisher(), first.publisher()), first.copyright());
        return new Leaflet(merged.id(), merged.language(), first.detectedLanguage(), merged.title(),
                merged.edition(), merged.publisher(), merged.copyright(), first.attribution(), first.source(),
                List.copyOf(sections.values()), warnings);
    }

    /** Told of each document as it is read, for the build report and the --strict checks. */
    interface DocumentListener {
        void read(SourceDocument document, Leaflet model, Stopwatch clock) throws LeafletFailure;
    }

    /** A leaflet's models: per language the documents' own and the language's merged one. */
    record LanguageModels(Map<String, Leaflet> merged, Map<String, List<Leaflet>> documents) {}

    /** Reads every document of a leaflet, language by language. */
    LanguageModels modelsOf(LeafletSource leaflet, DocumentListener listener)
            throws SourceUnreadableException, LeafletFailure {
        prepareToRead();
        Map<String, Leaflet> merged = new LinkedHashMap<>();
        Map<String, List<Leaflet>> documents = new LinkedHashMap<>();
        for (String language : leaflet.languages()) {
            List<Leaflet> parts = new ArrayList<>();
            for (SourceDocument doc : leaflet.documentsIn(language)) {
                Stopwatch clock = new Stopwatch();
                Leaflet model = modelOf(doc, leaflet, clock);
                parts.add(model);
                listener.read(doc, model, clock);
            }
            documents.put(language, parts);
            merged.put(language, merged(parts, leaflet, language));
        }
        if (!merged.containsKey(leaflet.sourceLanguage())) {
            throw new LeafletFailure(SourceDiscovery.shown(leaflet.folder()) + ": no document in the source language '"
                    + leaflet.sourceLanguage() + "'; add one under " + leaflet.sourceLanguage() + "/ or fix sourceLanguage");
        }
        return new LanguageModels(merged, documents);
    }

    /** A translation placed into its source's sections, and how well it follows the source. */
    record Translation(Leaflet model, TranslationParity parity) {}

    /**
     * Aligns one language's documents to the source model: the translation's paragraphs take the
     * source's section keys (pins in the manifest win), and its parity is checked against the
     * lock file the translator accepted, if any.
     */
    Translation translationOf(LeafletSource leaflet, Leaflet source, Leaflet merged, List<Leaflet> documents)
            throws LeafletFailure {
        String language = merged.language();
        List<SectionPin> pins = leaflet.manifest().pins();
        Path lockFile = leaflet.lockFile(language);
        Optional<TranslationLock> lock;
        try {
            lock = TranslationLock.read(lockFile);
        } catch (TranslationLockException e) {
            throw new LeafletFailure(e.getMessage(), e);
        }
        AlignedTranslation aligned = parity.aligner().align(source, documents, pins);
        TranslationParity result = parity.check(source, aligned, lock, leaflet.manifest().drafts().contains(language));
        // A translation that states no title or edition of its own is the source's, in translation.
        Leaflet named = merged.withIdentity(merged.id(), language,
                merged.title().isEmpty() ? source.title() : merged.title(),
                merged.edition().equals(Edition.UNKNOWN) ? source.edition() : merged.edition(),
                merged.publisher().isEmpty() ? source.publisher() : merged.publisher(), merged.copyright());
        return new Translation(named.withSections(aligned.model().sections()), result);
    }

    /** The lock a translator's review accepts: the source's sections as they are now. */
    TranslationLock lockAccepting(Leaflet source, List<Leaflet> documents, LeafletSource leaflet) throws LeafletFailure {
        return TranslationLock.accepting(source, parity.aligner().align(source, documents, leaflet.manifest().pins()));
    }

    /** The PDF of one language of a leaflet. */
    PrintedLeaflet pdfOf(Publication publication, PrintOptions options) throws LeafletFailure {
        return rendering().pdfOf(publication, options);
    }

    /** The web page of one language of a leaflet, linking its PDF and its other languages. */
    RenderedPage webPageOf(Publication publication, List<String> allLanguages, PdfFacts pdf) {
        return rendering().webPageOf(publication, allLanguages, pdf);
    }

    RenderedPage indexPage(List<Path> leafletFolders, ParityReport parity) throws java.io.IOException {
        return rendering().indexPage(leafletFolders, parity);
    }

    RenderedPage parityPage(ParityReport parity) {
        return rendering().parityPage(parity);
    }

    void copyAssets(OutputFolder output) throws java.io.IOException {
        rendering().copyAssets(output);
    }

    /** The renderers, once the warm-up has made them; a failure there is the build's failure. */
    private Rendering rendering() {
        try {
            // Made here, on this thread, when no leaflet had to be read (else this waits for the warm-up).
            rendering.run();
            return rendering.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the renderers were being made", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private static String firstNonEmpty(String... candidates) {
        for (String c : candidates) {
            if (c != null && !c.isEmpty()) return c;
        }
        return "";
    }
}
