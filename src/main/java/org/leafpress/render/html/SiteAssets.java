package org.leafpress.render.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.leafpress.render.RenderException;
import org.leafpress.render.SiteLayout;

/**
 * The files the web pages link to, and where they go: everything under
 * {@code templates/html/assets/} to {@code output/assets/}, and the bundled fonts with their
 * licence to {@code output/assets/fonts/}. The publish stage copies them.
 */
public final class SiteAssets {

    private SiteAssets() {}

    /** Every asset under {@code templatesRoot}, sorted by target so that builds list them alike. */
    public static List<SiteAsset> in(Path templatesRoot) {
        List<SiteAsset> assets = new ArrayList<>();
        addTree(templatesRoot.resolve("html/assets"), SiteLayout.ASSETS, assets);
        addTree(templatesRoot.resolve("fonts"), SiteLayout.ASSETS + "/fonts", assets);
        assets.sort(Comparator.comparing(SiteAsset::target));
        return List.copyOf(assets);
    }

    private static void addTree(Path folder, String target, List<SiteAsset> assets) {
        if (!Files.isDirectory(folder)) return;
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String relative = folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
                assets.add(new SiteAsset(file, target + "/" + relative));
            });
        } catch (IOException e) {
            throw new RenderException(folder.toString(), "the site assets cannot be listed: " + e.getMessage(), e);
        }
    }
}
