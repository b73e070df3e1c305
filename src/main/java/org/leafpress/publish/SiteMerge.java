package org.leafpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.leafpress.align.LeafletParity;
import org.leafpress.align.ParityReport;
import org.leafpress.model.Warning;
import org.leafpress.render.SiteLayout;

/**
 * The site put back together from the outputs of {@code build --shard K/N} jobs: every leaflet's
 * folder, and the index, build report and parity report as one build of everything writes them
 * (leaflets in id order, as discovery lists their folders).
 */
final class SiteMerge {

    private final List<Path> shards;
    private final Path target;
    private final Path templates;

    SiteMerge(List<Path> shards, Path target, Path templates) {
        this.shards = List.copyOf(shards);
        this.target = target;
        this.templates = templates;
    }

    SiteBuild.Result run() throws IOException {
        TreeMap<String, BuildReport.LeafletResult> leaflets = new TreeMap<>();
        TreeMap<String, LeafletParity> parities = new TreeMap<>();
        List<Warning> problems = new ArrayList<>();
        TreeMap<String, Path> folders = new TreeMap<>();
        for (Path shard : shards) {
            Path buildJson = shard.resolve(SiteLayout.BUILD_REPORT);
            if (!Files.isRegularFile(buildJson)) {
                throw new IllegalArgumentException(shard + ": not a build's output (no reports/build.json); "
                        + "name the --output folders of the build --shard jobs");
            }
            BuildReport report = ModelJson.reader().readValue(buildJson.toFile(), BuildReport.class);
            for (BuildReport.LeafletResult r : report.leaflets()) {
                if (leaflets.put(r.leaflet(), r) != null) {
                    throw new IllegalArgumentException(r.leaflet() + " is in more than one shard output; give each "
                            + "job the same N and a different K");
                }
            }
            problems.addAll(report.problems());
            ParityReport parity = ModelJson.reader().readValue(shard.resolve(SiteLayout.PARITY_JSON).toFile(),
                    ParityReport.class);
            parity.leaflets().forEach(p -> parities.put(p.leaflet(), p));
            for (Path folder : SiteBuild.siteLeaflets(shard)) folders.putIfAbsent(folder.getFileName().toString(), folder);
        }
        problems.sort(Comparator.comparing(Warning::where));
        // Writes into an output as a build does, so it holds the same lock (and leaves the same files).
        try (OutputFolder.Lock lock = OutputFolder.lock(target)) {
            return merged(leaflets, parities, problems, folders);
        }
    }

    private SiteBuild.Result merged(TreeMap<String, BuildReport.LeafletResult> leaflets,
            TreeMap<String, LeafletParity> parities, List<Warning> problems, TreeMap<String, Path> folders)
            throws IOException {
        OutputFolder output = new OutputFolder(target);
        Set<String> present = new LinkedHashSet<>(folders.keySet());
        if (Files.isDirectory(target)) {
            for (Path old : SiteBuild.siteLeaflets(target)) {
                if (!present.contains(old.getFileName().toString())) OutputFolder.deleteTree(old);
            }
        }
        for (var folder : folders.entrySet()) {
            Path staging = output.stagingFor(folder.getKey());
            copyTree(folder.getValue(), staging);
            output.publish(staging, folder.getKey());
        }
        List<BuildReport.LeafletResult> results = List.copyOf(leaflets.values());
        int built = (int) results.stream().filter(BuildReport.LeafletResult::isBuilt).count();
        BuildReport report = new BuildReport(built, results.size() - built, results, problems);
        ParityReport parity = new ParityReport(List.copyOf(parities.values()));
        Rendering rendering = new Rendering(templates);
        rendering.copyAssets(output);
        output.write(SiteLayout.PARITY_JSON, ModelJson.toJsonBytes(parity));
        output.write(SiteLayout.PARITY_PAGE, rendering.parityPage(parity).bytes());
        output.write(SiteLayout.INDEX, rendering.indexPage(SiteBuild.siteLeaflets(target), parity).bytes());
        output.write(SiteLayout.BUILD_REPORT, ModelJson.toJsonBytes(report));
        return new SiteBuild.Result(report, parity);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        for (Path file : ContentDigest.filesUnder(from)) {
            Path target = to.resolve(ContentDigest.relative(from, file));
            Files.createDirectories(target.getParent());
            Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
