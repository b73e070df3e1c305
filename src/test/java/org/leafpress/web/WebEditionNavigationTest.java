package org.leafpress.web;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.jsoup.Jsoup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.leafpress.testing.Chromium;
import org.leafpress.testing.ChromiumExtension;
import org.leafpress.testing.Project;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/** A reader finding their way: contents, skip link, language switcher, the PDF and every other link. */
@Tag("browser")
class WebEditionNavigationTest {

    static final String ENGLISH = "nemo-deficiency-syndrome/en/index.html";
    static final String FRENCH = "nemo-deficiency-syndrome/fr/index.html";

    @RegisterExtension
    static final ChromiumExtension BROWSER = new ChromiumExtension(PublishedSite::get);

    private static PublishedSite site;
    private static Chromium chromium;
    private static ChromeDriver driver;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeEach
    void theSiteAndTheBrowser() {
        site = PublishedSite.get();
        chromium = BROWSER.chromium();
        driver = chromium.driver();
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {375, 1280})
    void contentsLinksLandOnTheirSections(int width) {
        chromium.viewport(width, 800);
        chromium.open(site.url(ENGLISH));
        List<String> targets = driver.findElements(By.cssSelector("nav.contents a")).stream()
                .map(a -> a.getAttribute("hash").substring(1)).toList();
        assertEquals(List.of("overview", "causes", "symptoms", "diagnosis", "treatment", "outlook", "support",
                "glossary"), targets);
        for (String id : targets) {
            driver.executeScript("window.scrollTo(0, 0);");
            driver.findElement(By.cssSelector("nav.contents a[href='#" + id + "']")).click();
            String heading = driver.findElement(By.id(id)).findElement(By.tagName("h2")).getText();
            Number top = (Number) driver.executeScript(
                    "return document.getElementById(arguments[0]).querySelector('h2').getBoundingClientRect().top;", id);
            assertAll(id,
                    () -> assertEquals("#" + id, driver.executeScript("return location.hash;")),
                    () -> assertEquals(id, driver.executeScript("return document.querySelector(':target').id;")),
                    () -> assertTrue(top.doubleValue() >= 0 && top.doubleValue() < 800,
                            "the heading '" + heading + "' is on screen, at " + top + " px"));
        }
    }

    @Test
    void languageSwitcherGoesToTheFrenchPageAndBack() {
        chromium.viewport(1280, 800);
        chromium.open(site.url(ENGLISH));
        WebElement french = driver.findElement(By.cssSelector("nav.languages a[hreflang='fr']"));
        assertEquals(Project.ui("fr", "language.self"), french.getText());
        assertEquals("fr", french.getAttribute("lang"));
        french.click();
        assertEquals(FRENCH, site.pathOf(driver.getCurrentUrl()));
        assertEquals("fr", driver.executeScript("return document.documentElement.lang;"));
        assertEquals(Project.ui("fr", "language.self"), driver.findElement(By.cssSelector("nav.languages [aria-current='page']")).getText());

        driver.findElement(By.cssSelector("nav.languages a[hreflang='en']")).click();
        assertEquals(ENGLISH, site.pathOf(driver.getCurrentUrl()));
        assertEquals("en", driver.executeScript("return document.documentElement.lang;"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {ENGLISH, FRENCH, "nemo-deficiency-syndrome-idf/en/index.html"})
    void pdfLinkResolvesToThePdfItDescribes(String page) throws Exception {
        chromium.open(site.url(page));
        WebElement link = driver.findElement(By.cssSelector(".download a.pdf"));
        // The size and length are the link's description, so a screen reader says them with it.
        String details = driver.findElement(By.id(link.getAttribute("aria-describedby"))).getText();
        HttpResponse<byte[]> pdf = HTTP.send(HttpRequest.newBuilder(URI.create(link.getAttribute("href"))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String lang = page.split("/")[1];
        Matcher stated = Pattern.compile(Pattern.quote(Project.ui(lang, "size.kilobytes")).replace("{n}", "\\E(\\d+)\\Q")
                + ", " + Pattern.quote(Project.ui(lang, "pdf.pages.other")).replace("{count}", "\\E(\\d+)\\Q"))
                .matcher(details);
        assertTrue(stated.find(), "size and pages in " + details);
        int pages;
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            pages = doc.getNumberOfPages();
        }
        long kilobytes = (pdf.body().length + 1023) / 1024;
        assertAll(
                () -> assertEquals(200, pdf.statusCode()),
                () -> assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse("")),
                () -> assertEquals("application/pdf", link.getAttribute("type")),
                () -> assertEquals(Integer.parseInt(stated.group(2)), pages, "the page count the link states"),
                () -> assertEquals(Long.parseLong(stated.group(1)), kilobytes, "the size the link states"));
    }

    @Test
    void skipLinkComesFirstAndMovesFocusToTheContent() {
        chromium.viewport(375, 800);
        chromium.open(site.url(ENGLISH));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        WebElement focused = driver.switchTo().activeElement();
        assertEquals(Project.ui("en", "skip-link"), focused.getText());
        Number top = (Number) driver.executeScript("return arguments[0].getBoundingClientRect().top;", focused);
        assertTrue(top.doubleValue() >= 0, "the skip link shows when focused");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        assertEquals("content", driver.switchTo().activeElement().getAttribute("id"));
        new Actions(driver).sendKeys(Keys.TAB).perform();
        assertTrue(driver.switchTo().activeElement().getText().startsWith(Project.ui("en", "download-pdf")),
                "the next stop is inside the content, not back in the header: "
                        + driver.switchTo().activeElement().getText());
    }

    @Test
    void everyLinkOnEveryPageResolves() throws Exception {
        List<String> broken = new ArrayList<>();
        for (String page : site.pages()) {
            chromium.open(site.url(page));
            @SuppressWarnings("unchecked")
            List<String> links = (List<String>) driver.executeScript(
                    "return [...document.querySelectorAll('a[href], link[href]')].map(e => e.href);");
            for (String href : links) {
                if (!href.startsWith(site.url(""))) continue;  // outside addresses: no network here
                String problem = problemWith(href);
                if (!problem.isEmpty()) broken.add(page + " → " + site.pathOf(href) + ": " + problem);
            }
        }
        assertEquals(List.of(), broken);
    }

    @Test
    void readingNeedsNoJavaScript() {
        for (String page : site.pages()) {
            chromium.open(site.url(page));
            Object scripts = driver.executeScript("return document.querySelectorAll("
                    + "'script:not([type=\"application/ld+json\"]), [onclick], [onload], [onchange]').length;");
            assertEquals(0L, scripts, page + " has scripts or event handlers");
        }
    }

    /** Empty if {@code href} loads (and its #fragment, if any, names an element there); else what is wrong. */
    private static String problemWith(String href) throws IOException, InterruptedException {
        URI uri = URI.create(href);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(href.replaceFirst("#.*$", "")))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) return "HTTP " + response.statusCode();
        String fragment = uri.getFragment();
        if (fragment == null || fragment.isEmpty()) return "";
        return Jsoup.parse(response.body()).getElementById(fragment) != null ? "" : "no element with id '" + fragment + "'";
    }
}
