package org.leafpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.leafpress.align.ParityReport;
import org.leafpress.model.Warning;
import org.leafpress.model.WarningCode;
import org.leafpress.render.SiteLayout;
import org.leafpress.source.LeafletSource;
import org.leafpress.source.SourceDiscovery;

/**
 * Builds every leaflet in the sources folder into the output folder. A leaflet that fails is
 * reported and leaves its previous output in place; the others still build.
 */
public final class SiteBuild {

    private final BuildOptions options;

    SiteBuild(BuildOptions options) {
        this.options = options;
    }

    /** What a build did, and how each translation follows its source. */
    public record Result(BuildReport build, ParityReport parity) {}

    /** Builds everything and writes the index, the build report and the parity report. */
    Result run() throws IOException {
        FolderGuard.checkFolders(options.sources(), options.output(), options.templates());
        SourceDiscovery.Found everything = new SourceDiscovery().discover(options.sources());
        FolderGuard.checkLeafletIds(options.output(), everything.leaflets().stream().map(LeafletSource::id).toList());
        try (OutputFolder.Lock lock = OutputFolder.lock(options.output())) {
            return runLocked(everything);
        }
    }

    private Result runLocked(SourceDiscovery.Found everything) throws IOException {
        // The detector tells apart the languages of the whole catalogue, whichever share is built,
        // so that a shard detects exactly as one build of everything does.
        Set<String> languages = new LinkedHashSet<>();
        everything.leaflets().forEach(l -> languages.addAll(l.languages()));
        SourceDiscovery.Found found = shareOf(everything);
        List<Warning> problems = new ArrayList<>();
        for (SourceDiscovery.Problem p : found.problems()) {
            problems.add(new Warning(WarningCode.UNREADABLE_LEAFLET, p.message(), SourceDiscovery.shown(p.folder())));
        }
        Stages stages = Stages.create(options, languages);
        OutputFolder output = new OutputFolder(options.output());
        Files.createDirectories(options.output());
        BuildCache cache = BuildCache.of(options, stages.detectorLanguages());
        // Stylesheet and index first: a build cut off halfway never leaves pages linking to missing files.
        stages.copyAssets(output);
        if (!Files.exists(options.output().resolve(SiteLayout.INDEX))) {
            output.write(SiteLayout.INDEX, stages.indexPage(siteLeaflets(options.output()),
                    new ParityReport(List.of())).bytes());
        }

        List<BuildReport.LeafletResult> results = buildAll(found.leaflets(), stages, output, cache);
        int built = (int) results.stream().filter(BuildReport.LeafletResult::isBuilt).count();
        BuildReport report = new BuildReport(built, results.size() - built, results, problems);

        ParityReport parity = new ParityReport(results.stream().map(BuildReport.LeafletResult::parity)
                .filter(java.util.Objects::nonNull).toList());

        removeWithdrawn(found);
        output.write(SiteLayout.PARITY_JSON, ModelJson.toJsonBytes(parity));
        output.write(SiteLayout.PARITY_PAGE, stages.parityPage(parity).bytes());
        output.write(SiteLayout.INDEX, stages.indexPage(siteLeaflets(options.output()), parity).bytes());
        output.write(SiteLayout.BUILD_REPORT, ModelJson.toJsonBytes(report));
        return new Result(report, parity);
    }

    /**
     * Builds the leaflets side by side, one thread a core: each has its own staging folder, and
     * the stages are safe to share (Tika, Lingua and Freemarker are thread-safe; a PDF renderer is
     * made per call). Results keep the leaflets' order, so the report does not depend on timing.
     */
    private List<BuildReport.LeafletResult> buildAll(List<LeafletSource> leaflets, Stages stages,
            OutputFolder output, BuildCache cache) {
        int threads = Math.max(1, Math.min(leaflets.size(), Math.min(Runtime.getRuntime().availableProcessors(),
                leafletsTheHeapHolds(Runtime.getRuntime().maxMemory()))));
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<BuildReport.LeafletResult>> running = new ArrayList<>();
            for (LeafletSource leaflet : leaflets) {
                running.add(pool.submit(() -> new LeafletBuild(stages, output, options, cache).build(leaflet)));
            }
            List<BuildReport.LeafletResult> results = new ArrayList<>();
            for (Future<BuildReport.LeafletResult> r : running) results.add(r.get());
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the build was interrupted", e);
        } catch (ExecutionException e) {
            // LeafletBuild turns every failure into a result; reaching here is a bug.
            throw new IllegalStateException("a leaflet build failed unexpectedly", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The leaflets of {@link BuildOptions#shard()}: by leaflet id, and for folders that cannot be read, by folder name. */
    private SourceDiscovery.Found shareOf(SourceDiscovery.Found all) {
        Shard shard = options.shard();
        if (shard.isAll()) return all;
        return new SourceDiscovery.Found(all.leaflets().stream().filter(l -> shard.includes(l.id())).toList(),
                all.problems().stream().filter(p -> shard.includes(p.folder().getFileName().toString())).toList());
    }

    /**
     * Measured with -Xmx512m: the stages themselves (Tika, Lingua's models, fonts, templates) hold
     * about 200 MB, and one leaflet in flight (its PDF read, two PDFs written and read back) up to
     * about 150 MB; so a small heap builds fewer leaflets at once rather than running out.
     */
    static int leafletsTheHeapHolds(long maxHeapBytes) {
        long mb = maxHeapBytes / (1024 * 1024);
        return (int) Math.max(1, (mb - STAGES_HEAP_MB) / LEAFLET_HEAP_MB);
    }

    private static final long STAGES_HEAP_MB = 200;
    private static final long LEAFLET_HEAP_MB = 150;

    /**
     * Removes the output of leaflets whose folder is gone from the sources, so the site does not
     * keep publishing a withdrawn leaflet. Only folders that hold a leaflet's model are touched.
     */
    private void removeWithdrawn(SourceDiscovery.Found found) throws IOException {
        Set<String> present = new LinkedHashSet<>();
        found.leaflets().forEach(l -> present.add(l.id()));
        found.problems().forEach(p -> present.add(p.folder().getFileName().toString()));
        for (Path folder : siteLeaflets(options.output())) {
            if (present.contains(folder.getFileName().toString())) continue;
            if (FolderGuard.isLeafletOutput(folder)) OutputFolder.deleteTree(folder);
        }
    }

    /** The leaflets now in the output folder (built this time or kept from before), by folder name. */
    static List<Path> siteLeaflets(Path output) throws IOException {
        try (var s = Files.list(output)) {
            return s.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !SiteLayout.NOT_LEAFLETS.contains(p.getFileName().toString()))
                    .sorted().toList();
        }
    }
}
