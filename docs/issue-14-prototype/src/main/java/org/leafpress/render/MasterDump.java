package org.leafpress.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.leafpress.model.Leaflet;
import org.leafpress.publish.ModelJson;

/**
 * Harness against the baseline jar (its class path alone): the current PrintRenderer, checks and
 * all, with another templates folder (e.g. one whose print.css says cmyk()). Writes the plain PDF,
 * the printer's master and the booklet.
 *
 * args: templatesRoot model.json outDir [partner...]
 */
public final class MasterDump {
    public static void main(String[] args) throws Exception {
        Path templatesRoot = Path.of(args[0]);
        Leaflet leaflet = ModelJson.mapper().readValue(Path.of(args[1]).toFile(), Leaflet.class);
        Path out = Path.of(args[2]);
        Files.createDirectories(out);
        List<String> partners = args.length > 3 ? List.of(args).subList(3, args.length) : List.of();
        Publication publication = Publication.of(leaflet).withPartners(partners);
        UiStrings strings = UiStrings.in(templatesRoot.resolve("i18n"));
        PrintRenderer renderer = PrintRenderer.of(Templates.in(templatesRoot), strings);
        PrintOptions options = PrintOptions.DEFAULTS.withBleedMaster(true).withBooklet(true);
        Instant at = Instant.parse("2019-02-01T00:00:00Z");
        long t0 = System.nanoTime();
        PrintedLeaflet printed = renderer.render(publication, options, at);
        long first = System.nanoTime() - t0;
        for (Map.Entry<String, byte[]> f : printed.files(leaflet.leaflet(), leaflet.language()).entrySet()) {
            Files.write(out.resolve(f.getKey()), f.getValue());
            System.out.println("wrote " + out.resolve(f.getKey()) + " " + f.getValue().length + " bytes");
        }
        long t1 = System.nanoTime();
        int n = Integer.getInteger("warm", 0);
        for (int i = 0; i < n; i++) renderer.render(publication, options, at);
        System.out.printf("plain+master+booklet: first %.0f ms%s%n", first / 1e6,
                n > 0 ? String.format(", warm mean %.0f ms", (System.nanoTime() - t1) / 1e6 / n) : "");
    }
}
