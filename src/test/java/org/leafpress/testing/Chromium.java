package org.leafpress.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver, both named explicitly so that
 * Selenium Manager never looks for (or downloads) a browser. Each instance has a fresh profile,
 * removed on {@link #close()}. Browser tests get one per test class from {@link ChromiumExtension}.
 */
public final class Chromium implements AutoCloseable {

    /** The browser; {@code -Dleafpress.chromium=...} for another. */
    public static final String BROWSER = System.getProperty("leafpress.chromium", "/usr/bin/chromium");
    /** Its driver; {@code -Dwebdriver.chrome.driver=...} for another. */
    public static final String DRIVER = System.getProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");

    // Selenium warns that it has no DevTools bindings for this Chromium; the tests send the few CDP
    // commands they need through chromedriver, which needs none. Held here so the setting is not collected.
    private static final Logger CDP_VERSION_FINDER = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSION_FINDER.setLevel(Level.SEVERE);
    }

    private final ChromeDriver driver;
    private final Path profile;

    private Chromium(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** A headless Chromium with a 1280 × 900 window. */
    public static Chromium start() {
        for (String program : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(Path.of(program))) {
                throw new IllegalStateException(program + " is not installed: the browser tests need Debian's "
                        + "Chromium (`apt-get install -y chromium chromium-driver`, as .ci/run does); "
                        + "to run the other tests without it, add -DexcludedGroups=browser");
            }
        }
        try {
            Path profile = Files.createTempDirectory("leafpress-chromium-");
            ChromeOptions options = new ChromeOptions();
            options.setBinary(BROWSER);
            // As root on a CI machine: no sandbox, no GPU, and nothing that reaches the network.
            options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--no-default-browser-check", "--disable-extensions",
                    "--hide-scrollbars", "--force-color-profile=srgb", "--lang=en-GB",
                    "--window-size=1280,900", "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            return new Chromium(driver, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Loads {@code url} and waits until its fonts are ready, so that layout and screenshots are final. */
    public void open(String url) {
        driver.get(url);
        driver.executeAsyncScript("const done = arguments[arguments.length - 1]; document.fonts.ready.then(() => done());");
    }

    /** Lays the page out as a {@code width}-pixel-wide phone or desktop screen. */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 768));
    }

    /** Lays the page out for print ({@code @media print}) or, with {@code false}, for the screen again. */
    public void printMedia(boolean print) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /** The whole page, not just the viewport, as PNG at the current width, written to {@code file}. */
    public void screenshotWholePage(Path file) {
        Number width = (Number) driver.executeScript("return document.documentElement.clientWidth;");
        Number height = (Number) driver.executeScript("return document.documentElement.scrollHeight;");
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                "format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the reader sees first: the viewport only, as PNG, written to {@code file}. */
    public void screenshotFirstScreen(Path file) {
        driver.executeScript("window.scrollTo(0, 0);");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // A profile left in the temporary folder is harmless; the next run makes a new one.
            }
        }
    }
}
