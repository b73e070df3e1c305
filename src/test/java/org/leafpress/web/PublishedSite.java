package org.leafpress.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import org.leafpress.cli.Leafpress;
import org.leafpress.model.Leaflet;
import org.leafpress.publish.ModelJson;
import org.leafpress.render.PdfFacts;
import org.leafpress.render.Publication;
import org.leafpress.render.html.HtmlRenderer;
import org.leafpress.render.html.IndexEntry;
import org.leafpress.testing.Fixtures;
import org.leafpress.testing.Project;
import picocli.CommandLine;

/**
 * A copy of the bundled sources (the test fixture, {@link Fixtures#SOURCES}) built once per test run, with the README's build command, into
 * {@code target/web-edition/site/}, and served from there on a loopback-only port, as a web server
 * would serve {@code output/}. Every browser test reads this one site.
 */
final class PublishedSite {

    static final Path FOLDER = Path.of("target", "web-edition", "site");
    /** A page the tests add beside the site's index: see {@link #writeIndexWithEveryParityStatus}. */
    static final String INDEX_WITH_PARITY = "index-with-parity.html";

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "pdf", "application/pdf",
            "ttf", "font/ttf",
            "json", "application/json",
            "txt", "text/plain; charset=utf-8");

    private static PublishedSite site;

    private final Path root;
    private final HttpServer server;

    private PublishedSite(Path root, HttpServer server) {
        this.root = root;
        this.server = server;
    }

    /** The site, built and served on first use. */
    static synchronized PublishedSite get() {
        if (site == null) site = buildAndServe();
        return site;
    }

    private static PublishedSite buildAndServe() {
        try {
            Fixtures.deleteTree(FOLDER.getParent());
            StringWriter out = new StringWriter();
            CommandLine cl = Leafpress.commandLine();
            cl.setOut(new PrintWriter(out));
            cl.setErr(new PrintWriter(out));
            Path sources = Fixtures.copyOfBundledSources(FOLDER.resolveSibling("fixture"));
            int status = cl.execute("build", "--sources", sources.toString(), "--output", FOLDER.toString());
            if (status != Leafpress.DONE) {
                throw new IllegalStateException("the bundled sources did not build (status " + status + "):\n" + out);
            }
            Path root = FOLDER.toAbsolutePath().normalize();
            writeIndexWithEveryParityStatus(root);
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
            server.createContext("/", exchange -> serve(root, exchange));
            server.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "published-site");
                t.setDaemon(true);
                return t;
            }));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
            return new PublishedSite(root, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code index-with-parity.html}: the site index as it will look once the parity report exists,
     * each translation carrying one of the statuses the stylesheet colours, so that the checks
     * (contrast above all) and the screenshots cover those colours before the parity stage is wired.
     */
    private static void writeIndexWithEveryParityStatus(Path root) throws IOException {
        Leaflet english = ModelJson.mapper().readValue(root.resolve("nemo-deficiency-syndrome/en/model.json").toFile(),
                Leaflet.class);
        Leaflet french = ModelJson.mapper().readValue(root.resolve("nemo-deficiency-syndrome/fr/model.json").toFile(),
                Leaflet.class);
        PdfFacts pdf = new PdfFacts("x.pdf", 51_200, 8);
        List<IndexEntry> entries = new ArrayList<>();
        entries.add(new IndexEntry(Publication.of(english), pdf));
        for (String status : List.of("complete", "partial", "stale", "missing", "draft", "unheard-of")) {
            entries.add(new IndexEntry(Publication.of(french), pdf).withParityStatus(status));
        }
        HtmlRenderer html = Project.htmlRenderer();
        Files.write(root.resolve(INDEX_WITH_PARITY), html.renderIndex(entries, "en").bytes());
    }

    /** The address of {@code path} (relative to the site, {@code /}-separated). */
    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    /** The site-relative path of {@code url}, or the URL itself if it is not on this site. */
    String pathOf(String url) {
        String base = url("");
        return url.startsWith(base) ? URI.create(url).getPath().substring(1) : url;
    }

    /** The file {@code path} (relative to the site) on disk. */
    Path file(String path) {
        return root.resolve(path);
    }

    /** Every HTML page the build wrote, index first, as site-relative paths (the build cache is no page). */
    List<String> pages() {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".html"))
                    .map(f -> root.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/"))
                    .filter(p -> !p.startsWith("."))
                    .sorted(Comparator.comparing((String p) -> !p.equals("index.html")).thenComparing(p -> p))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(Path root, HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            Path file = root.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) file = file.resolve("index.html");
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            exchange.getResponseHeaders().set("Content-Type",
                    MEDIA_TYPES.getOrDefault(extension, "application/octet-stream"));
            byte[] body = Files.readAllBytes(file);
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }
}
