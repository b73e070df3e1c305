package org.leafpress.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.leafpress.model.Warning;
import org.leafpress.source.LeafletSource;
import org.leafpress.source.SourceDiscovery;

/**
 * Builds every leaflet in the sources folder into the output folder. A leaflet that fails is
 * reported and leaves its previous output in place; the others still build.
 */
public final class SiteBuild {

    private final BuildOptions options;

    public SiteBuild(BuildOptions options) {
        this.options = options;
    }

    /** Builds everything and writes the index and the build report. */
    public BuildReport run() throws IOException {
        SourceDiscovery.Found found = new SourceDiscovery().discover(options.sources());
        List<Warning> problems = new ArrayList<>();
        for (SourceDiscovery.Problem p : found.problems()) {
            problems.add(new Warning("unreadable-leaflet", p.message(), SourceDiscovery.shown(p.folder())));
        }
        Set<String> languages = new LinkedHashSet<>();
        found.leaflets().forEach(l -> languages.addAll(l.languages()));
        Pipeline pipeline = Pipeline.create(options, languages);
        OutputFolder output = new OutputFolder(options.output());

        List<BuildReport.LeafletResult> results = new ArrayList<>();
        for (LeafletSource leaflet : found.leaflets()) {
            results.add(new LeafletBuild(pipeline, output, options).build(leaflet));
        }
        int built = (int) results.stream().filter(BuildReport.LeafletResult::isBuilt).count();
        BuildReport report = new BuildReport(built, results.size() - built, results, problems);

        pipeline.copyAssets(output);
        output.write("index.html", pipeline.indexPage(options.output(), siteLeaflets(options.output())).bytes());
        output.write("reports/build.json", ModelJson.toJsonBytes(report));
        return report;
    }

    /** The leaflets now in the output folder (built this time or kept from before), by folder name. */
    private static List<Path> siteLeaflets(Path output) throws IOException {
        try (var s = Files.list(output)) {
            return s.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> !Set.of("assets", "reports").contains(p.getFileName().toString()))
                    .sorted().toList();
        }
    }
}
