package org.leafpress.publish;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.leafpress.render.SiteLayout;

/**
 * {@code watch}: builds, serves the output folder on 127.0.0.1, and rebuilds (through the cache,
 * so only what changed) whenever a file under the sources or templates changes. Pages served
 * carry a small script that asks for the build number every half second and reloads the page
 * when it moves; the files written to the output folder are left as a build writes them.
 */
public final class SiteWatch implements AutoCloseable {

    /** What the served pages poll: the number of the last finished build. */
    public static final String BUILD_NUMBER_PATH = "/__leafpress/build";

    static final String RELOAD_SCRIPT = "<script>(function(){var seen=null;setInterval(function(){"
            + "fetch('" + BUILD_NUMBER_PATH + "',{cache:'no-store'}).then(function(r){return r.text();})"
            + ".then(function(n){if(seen!==null&&n!==seen)location.reload();seen=n;}).catch(function(){});},500);"
            + "})();</script>";

    private static final long POLL_MILLIS = 300;

    private final BuildOptions options;
    private final Consumer<SiteBuild.Result> onBuild;
    private final AtomicLong builds = new AtomicLong();
    private HttpServer server;
    private Thread watcher;
    private volatile boolean closed;

    public SiteWatch(BuildOptions options, Consumer<SiteBuild.Result> onBuild) {
        this.options = options;
        this.onBuild = onBuild;
    }

    /** Builds once, then serves on {@code port} (0: any free port) and watches; returns the port. */
    public int start(int port) throws IOException {
        Map<Path, String> seen = snapshot();
        build();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::serve);
        server.start();
        watcher = new Thread(() -> watch(seen), "leafpress-watch");
        watcher.setDaemon(true);
        watcher.start();
        return server.getAddress().getPort();
    }

    /** How many builds have finished (the first included). */
    public long buildNumber() {
        return builds.get();
    }

    private void watch(Map<Path, String> seen) {
        Map<Path, String> last = seen;
        while (!closed) {
            try {
                Thread.sleep(POLL_MILLIS);
                Map<Path, String> now = snapshot();
                if (now.equals(last)) continue;
                // An editor's save may come in several writes: wait until the files hold still.
                Thread.sleep(POLL_MILLIS);
                Map<Path, String> settled = snapshot();
                if (!settled.equals(now)) continue;
                last = settled;
                build();
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                // A build that cannot run (a folder gone for a moment) is tried again on the next change.
                System.err.println("leafpress watch: " + e.getMessage());
            }
        }
    }

    private synchronized void build() throws IOException {
        SiteBuild.Result result = Pipeline.build(options);
        builds.incrementAndGet();
        onBuild.accept(result);
    }

    /** Size and modification time of every file the build reads. */
    private Map<Path, String> snapshot() throws IOException {
        Map<Path, String> files = new TreeMap<>();
        for (Path root : new Path[] {options.sources(), options.templates()}) {
            for (Path f : ContentDigest.filesUnder(root)) {
                files.put(f, Files.size(f) + "@" + Files.getLastModifiedTime(f).toMillis());
            }
        }
        return files;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URI.create(exchange.getRequestURI().getRawPath()).getPath();
            if (path.equals(BUILD_NUMBER_PATH)) {
                send(exchange, 200, "text/plain; charset=utf-8", Long.toString(builds.get()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path root = options.output().toAbsolutePath().normalize();
            Path file = root.resolve(path.replaceFirst("^/+", "")).normalize();
            if (Files.isDirectory(file)) file = file.resolve(SiteLayout.PAGE);
            if (!file.startsWith(root) || !Files.isRegularFile(file)
                    || root.relativize(file).toString().startsWith(".")) {
                send(exchange, 404, "text/plain; charset=utf-8", "not found\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            if (name.endsWith(".html")) {
                String html = new String(body, StandardCharsets.UTF_8);
                int end = html.lastIndexOf("</body>");
                html = end < 0 ? html + RELOAD_SCRIPT : html.substring(0, end) + RELOAD_SCRIPT + html.substring(end);
                body = html.getBytes(StandardCharsets.UTF_8);
            }
            send(exchange, 200, mediaTypeOf(name), body);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static String mediaTypeOf(String name) {
        if (name.endsWith(".html")) return "text/html; charset=utf-8";
        if (name.endsWith(".css")) return "text/css; charset=utf-8";
        if (name.endsWith(".json")) return "application/json";
        if (name.endsWith(".pdf")) return "application/pdf";
        if (name.endsWith(".png")) return "image/png";
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) return "image/jpeg";
        if (name.endsWith(".svg")) return "image/svg+xml";
        if (name.endsWith(".ttf")) return "font/ttf";
        if (name.endsWith(".woff2")) return "font/woff2";
        return "application/octet-stream";
    }

    @Override
    public void close() {
        closed = true;
        if (watcher != null) watcher.interrupt();
        if (server != null) server.stop(0);
    }
}
