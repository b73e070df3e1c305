package org.leafpress.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The sources the tests build: a copy of the bundled leaflets kept under
 * {@code src/test/resources/fixtures/sources/}, so that an editor who adds, edits or withdraws a
 * leaflet in {@code sources/} breaks no test. Only the smoke test builds {@code sources/} itself.
 */
public final class Fixtures {

    /** The bundled leaflets as the tests know them (read them here; build a {@link #copyOfBundledSources copy}). */
    public static final Path SOURCES = Path.of("src/test/resources/fixtures/sources");
    /** The NEMO leaflet: the designer's English PDF and the translator's French text. */
    public static final Path NEMO = SOURCES.resolve("nemo-deficiency-syndrome");
    /** The partner's web page, published as a leaflet of its own. */
    public static final Path IDF = SOURCES.resolve("nemo-deficiency-syndrome-idf");

    private Fixtures() {}

    /** A copy of the bundled leaflets in {@code dir/sources}, for a test to build or edit. */
    public static Path copyOfBundledSources(Path dir) {
        Path sources = dir.resolve("sources");
        copyTree(SOURCES, sources);
        return sources;
    }

    public static void copyTree(Path from, Path to) {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.sorted().toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file under {@code root} by its {@code /}-separated relative path, in name order. */
    public static TreeMap<String, byte[]> filesUnder(Path root) {
        TreeMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
