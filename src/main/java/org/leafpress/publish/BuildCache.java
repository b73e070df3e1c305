package org.leafpress.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.leafpress.align.LeafletParity;
import org.leafpress.source.LeafletSource;
import org.leafpress.source.SourceDocument;
import org.leafpress.source.SourceDiscovery;

/**
 * The incremental-build cache ({@code output/.cache/} or {@code --cache DIR}): for each leaflet
 * built, its published files and its report, filed under a key that digests every input of that
 * leaflet. A leaflet whose key has an entry is neither read nor rendered: its output is kept or
 * restored from the entry.
 *
 * <p>The key covers the leaflet's folder (every source's bytes, the manifest, translation locks),
 * the whole templates tree (templates, vocabularies, UI strings, fonts: digesting all of it is
 * cheaper than being wrong about which file a leaflet uses), the languages the detector tells
 * apart (they come from the whole catalogue), the options that change the output, and the
 * leafpress version. An entry is trusted only when its own digest, its format, version, key and
 * leaflet, and the sha256 of every file it lists check out; anything else is ignored and
 * rebuilt over.
 *
 * <p>Layout: {@code <cache>/<leaflet>/<key>/entry.json}, {@code entry.sha256} (of entry.json) and
 * {@code files/} (the leaflet's output folder as published).
 */
final class BuildCache {

    /** Changes whenever what an entry holds, or what a build makes of the same inputs, changes. */
    static final String FORMAT = "leafpress-cache-1";
    static final String LEAFPRESS_VERSION = "0.1.0";

    private final Path root;
    private final String buildKey;

    private BuildCache(Path root, String buildKey) {
        this.root = root;
        this.buildKey = buildKey;
    }

    /** A cache in {@code root} for a build with these options and detector languages. */
    static BuildCache of(BuildOptions options, Collection<String> detectorLanguages) throws IOException {
        ContentDigest key = new ContentDigest().add("format", FORMAT).add("leafpress", LEAFPRESS_VERSION)
                .add("languages", String.join(",", detectorLanguages))
                .add("strict", Boolean.toString(options.strict()))
                .add("print", options.print().toString())
                .addTree("templates", options.templates());
        return new BuildCache(options.cache(), key.hex());
    }

    /** Every input of one leaflet, digested. Reads the sources' bytes, nothing more. */
    String keyOf(LeafletSource leaflet) throws IOException {
        ContentDigest key = new ContentDigest().add("build", buildKey)
                .add("folder", SourceDiscovery.shown(leaflet.folder()))
                .add("sourceLanguage", leaflet.sourceLanguage());
        for (SourceDocument d : leaflet.documents()) {
            key.add("document", d.shown() + " " + d.language() + " " + d.role() + " " + d.charset().map(Object::toString).orElse(""));
        }
        return key.addTree("sources", leaflet.folder()).hex();
    }

    /** One file of an entry. */
    record StoredFile(String path, String sha256, long size) {}

    /** What entry.json holds. */
    record Entry(String format, String leafpress, String key, String leaflet, List<StoredFile> files,
            BuildReport.LeafletResult result, LeafletParity parity) {}

    /** The entry for this leaflet and key, if there is one that checks out in every respect. */
    Optional<Entry> lookup(String leafletId, String key) {
        Path folder = entryFolder(leafletId, key);
        try {
            byte[] json = Files.readAllBytes(folder.resolve("entry.json"));
            String recorded = Files.readString(folder.resolve("entry.sha256"), StandardCharsets.UTF_8).strip();
            if (!recorded.equals(ContentDigest.hexOf(json))) return Optional.empty();
            Entry entry = ModelJson.reader().readValue(json, Entry.class);
            if (!FORMAT.equals(entry.format()) || !LEAFPRESS_VERSION.equals(entry.leafpress())
                    || !key.equals(entry.key()) || !leafletId.equals(entry.leaflet()) || entry.result() == null
                    || entry.files() == null || entry.files().isEmpty()) {
                return Optional.empty();
            }
            Path files = folder.resolve("files");
            for (StoredFile f : entry.files()) {
                Path file = files.resolve(f.path()).normalize();
                if (!file.startsWith(files) || !Files.isRegularFile(file) || Files.size(file) != f.size()
                        || !f.sha256().equals(ContentDigest.hexOf(Files.readAllBytes(file)))) {
                    return Optional.empty();
                }
            }
            if (ContentDigest.filesUnder(files).size() != entry.files().size()) return Optional.empty();
            return Optional.of(entry);
        } catch (IOException | RuntimeException e) {
            // Missing, truncated, foreign or unparsable: not an entry to trust. The leaflet is rebuilt.
            return Optional.empty();
        }
    }

    /** Whether {@code leafletOutput} holds exactly the entry's files. */
    static boolean matches(Entry entry, Path leafletOutput) throws IOException {
        List<Path> present = ContentDigest.filesUnder(leafletOutput);
        if (present.size() != entry.files().size()) return false;
        for (StoredFile f : entry.files()) {
            Path file = leafletOutput.resolve(f.path());
            if (!Files.isRegularFile(file) || Files.size(file) != f.size()
                    || !f.sha256().equals(ContentDigest.hexOf(Files.readAllBytes(file)))) {
                return false;
            }
        }
        return true;
    }

    /** Copies the entry's files into {@code staging}. */
    void restore(Entry entry, Path staging) throws IOException {
        Path files = entryFolder(entry.leaflet(), entry.key()).resolve("files");
        for (StoredFile f : entry.files()) {
            Path target = staging.resolve(f.path());
            Files.createDirectories(target.getParent());
            Files.copy(files.resolve(f.path()), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Files a freshly built leaflet under its key, and removes that leaflet's older entries. The
     * report is kept without timings, so that two caches of the same sources are byte-identical.
     * A cache that cannot be written costs the next build time, never this build its result.
     */
    void store(String key, BuildReport.LeafletResult result, Path leafletOutput) {
        Path leafletFolder = root.resolve(result.leaflet());
        Path writing = leafletFolder.resolve(".writing-" + key);
        try {
            OutputFolder.deleteTree(writing);
            Path files = writing.resolve("files");
            List<StoredFile> stored = new ArrayList<>();
            for (Path file : ContentDigest.filesUnder(leafletOutput)) {
                String rel = ContentDigest.relative(leafletOutput, file);
                byte[] bytes = Files.readAllBytes(file);
                Path target = files.resolve(rel);
                Files.createDirectories(target.getParent());
                Files.write(target, bytes);
                stored.add(new StoredFile(rel, ContentDigest.hexOf(bytes), bytes.length));
            }
            byte[] json = ModelJson.toJsonBytes(new Entry(FORMAT, LEAFPRESS_VERSION, key, result.leaflet(), stored,
                    withoutTimings(result), result.parity()));
            Files.write(writing.resolve("entry.json"), json);
            Files.writeString(writing.resolve("entry.sha256"), ContentDigest.hexOf(json) + "\n", StandardCharsets.UTF_8);
            try (var old = Files.list(leafletFolder)) {
                for (Path p : old.toList()) if (!p.equals(writing)) OutputFolder.deleteTree(p);
            }
            Files.move(writing, entryFolder(result.leaflet(), key));
        } catch (IOException | RuntimeException e) {
            try {
                OutputFolder.deleteTree(writing);
            } catch (IOException ignored) {
                // Left for the next store of this leaflet to clear.
            }
        }
    }

    private Path entryFolder(String leafletId, String key) {
        return root.resolve(leafletId).resolve(key);
    }

    private static BuildReport.LeafletResult withoutTimings(BuildReport.LeafletResult r) {
        List<BuildReport.DocumentResult> documents = r.documents().stream()
                .map(d -> new BuildReport.DocumentResult(d.source(), d.role(), d.declaredLanguage(), d.detectedLanguage(),
                        d.sections(), d.paragraphs(), d.warnings(), Map.of()))
                .toList();
        return new BuildReport.LeafletResult(r.leaflet(), r.status(), r.error(), r.sourceLanguage(), documents,
                r.outputs(), r.warnings(), Map.of(), null);
    }
}
