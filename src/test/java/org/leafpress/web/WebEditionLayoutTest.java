package org.leafpress.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leafpress.testing.Chromium;
import org.leafpress.testing.ChromiumExtension;
import org.openqa.selenium.chrome.ChromeDriver;

/** How the pages look: from a 320-pixel phone to a desktop, in print, in the bundled font; and screenshots to look at. */
@Tag("browser")
class WebEditionLayoutTest {

    /**
     * Where the screenshots go, for a person to look at: {@code <page>-<width>.png} is the whole page,
     * {@code <page>-<width>-first-screen.png} what a reader sees first.
     */
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @RegisterExtension
    static final ChromiumExtension BROWSER = new ChromiumExtension(PublishedSite::get);

    private static PublishedSite site;
    private static Chromium chromium;
    private static ChromeDriver driver;

    @BeforeEach
    void theSiteAndTheBrowser() {
        site = PublishedSite.get();
        chromium = BROWSER.chromium();
        driver = chromium.driver();
    }

    @AfterEach
    void screenMediaAgain() {
        chromium.printMedia(false);
    }

    @Test
    void everyPageFitsFrom320PixelsToADesktopWithoutSidewaysScrolling() {
        List<String> overflowing = new ArrayList<>();
        for (int width : new int[] {320, 375, 768, 1280, 1920}) {
            chromium.viewport(width, 800);
            for (String page : site.pages()) {
                chromium.open(site.url(page));
                Number scrollWidth = (Number) driver.executeScript("return document.documentElement.scrollWidth;");
                if (scrollWidth.intValue() > width) overflowing.add(page + " at " + width + " px is " + scrollWidth + " px wide");
            }
        }
        assertEquals(List.of(), overflowing);
    }

    @Test
    void contentsSitBesideTheTextOnADesktopAndAboveItOnAPhone() {
        chromium.viewport(1280, 800);
        chromium.open(site.url(WebEditionNavigationTest.ENGLISH));
        assertTrue(leftOf(".contents") < leftOf(".leaflet"), "side by side at 1280 px");
        chromium.viewport(375, 800);
        chromium.open(site.url(WebEditionNavigationTest.ENGLISH));
        assertEquals(leftOf(".contents"), leftOf(".leaflet"), 1.0, "stacked at 375 px");
    }

    @Test
    void pagesAreSetInTheBundledFont() {
        for (String page : site.pages()) {
            chromium.open(site.url(page));
            Object family = driver.executeScript("return getComputedStyle(document.body).fontFamily;");
            Object loaded = driver.executeScript("return [...document.fonts].filter(f => "
                    + "f.family.replace(/\"/g, '') === 'Carlito' && f.status === 'loaded').length;");
            assertAll(page,
                    () -> assertTrue(String.valueOf(family).startsWith("Carlito"), "font-family " + family),
                    () -> assertTrue(((Number) loaded).intValue() >= 2, "regular and bold Carlito loaded: " + loaded));
        }
    }

    @Test
    void printedPageLeavesOutTheSiteFurnitureAndPrintsBlackOnWhite() {
        chromium.viewport(1280, 800);
        chromium.open(site.url(WebEditionNavigationTest.ENGLISH));
        chromium.printMedia(true);
        assertAll(
                () -> assertEquals("none", cssOf(".site-header", "display")),
                () -> assertEquals("none", cssOf(".contents", "display")),
                () -> assertEquals("none", cssOf(".download", "display")),
                () -> assertEquals("rgb(0, 0, 0)", cssOf("body", "color")),
                () -> assertEquals("rgba(0, 0, 0, 0)", cssOf(".masthead", "background-color")),
                () -> assertEquals("block", cssOf(".leaflet", "display")));
    }

    @Test
    void screenshotsAt375And1280PixelsAreWrittenForAPersonToLookAt() throws Exception {
        List<String> pages = new ArrayList<>(site.pages());
        for (int width : new int[] {375, 1280}) {
            chromium.viewport(width, 900);
            for (String page : pages) {
                chromium.open(site.url(page));
                chromium.screenshotFirstScreen(SCREENSHOTS.resolve(nameOf(page) + "-" + width + "-first-screen.png"));
                Path file = SCREENSHOTS.resolve(nameOf(page) + "-" + width + ".png");
                chromium.screenshotWholePage(file);
                BufferedImage image = ImageIO.read(file.toFile());
                assertEquals(width, image.getWidth(), file.toString());
                assertTrue(image.getHeight() >= 900, file + " is the whole page, " + image.getHeight() + " px tall");
            }
        }
        System.out.println("Screenshots of " + pages.size() + " pages at 375 and 1280 px in " + SCREENSHOTS.toAbsolutePath());
    }

    /** {@code nemo-deficiency-syndrome.fr} for {@code nemo-deficiency-syndrome/fr/index.html}. */
    static String nameOf(String page) {
        String name = page.replaceFirst("/index\\.html$", "").replaceFirst("\\.html$", "");
        return name.replace('/', '.');
    }

    private double leftOf(String selector) {
        return ((Number) driver.executeScript(
                "return document.querySelector(arguments[0]).getBoundingClientRect().left;", selector)).doubleValue();
    }

    private String cssOf(String selector, String property) {
        return String.valueOf(driver.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1]);",
                selector, property));
    }
}
