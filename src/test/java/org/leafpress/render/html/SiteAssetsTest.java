package org.leafpress.render.html;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.leafpress.testing.Project;

class SiteAssetsTest {

    @Test
    void stylesheetFontsAndLicenceGoUnderAssets() {
        Set<String> targets = SiteAssets.in(Project.TEMPLATES).stream().map(SiteAsset::target).collect(Collectors.toSet());
        assertTrue(targets.contains("assets/site.css"), targets.toString());
        assertTrue(targets.contains("assets/fonts/Carlito-Regular.ttf"), targets.toString());
        assertTrue(targets.contains("assets/fonts/Carlito-Bold.ttf"), targets.toString());
        assertTrue(targets.contains("assets/fonts/LICENSE-Carlito.txt"), "the OFL travels with the fonts");
    }

    @Test
    void everyFontTheStylesheetNamesIsShipped() throws IOException {
        List<SiteAsset> assets = SiteAssets.in(Project.TEMPLATES);
        Set<String> targets = assets.stream().map(SiteAsset::target).collect(Collectors.toSet());
        String css = Files.readString(Project.TEMPLATES.resolve("html/assets/site.css"));
        List<String> urls = Pattern.compile("url\\(\"([^\"]+)\"\\)").matcher(css).results().map(r -> r.group(1)).toList();
        assertTrue(urls.size() >= 4, urls.toString());
        for (String url : urls) assertTrue(targets.contains("assets/" + url), "site.css links " + url);
        for (SiteAsset asset : assets) assertTrue(Files.isRegularFile(asset.source()), asset.source().toString());
    }
}
