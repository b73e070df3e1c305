package org.leafpress.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The templates a command uses when {@code --templates} is not given: {@code ./templates} if the
 * working folder has one (an editor's copy, edited in place), else the templates packed into the
 * jar under {@code leafpress/templates/}, copied once per run into a temporary folder. A copy on
 * disk, not a view of the jar, because Freemarker, Flying Saucer's fonts and the vocabularies all
 * read plain files; the copy holds the same bytes, so the output does not change.
 */
final class TemplatesFolder {

    /** The working folder's templates, as a relative path (so messages name it as the editor knows it). */
    static final Path IN_WORKING_FOLDER = Path.of("templates");
    /** Where the build puts the templates inside the jar (pom.xml, {@code <resources>}). */
    static final String IN_JAR = "leafpress/templates";
    /** A file every templates folder has: it finds the root of the bundled ones on the class path. */
    private static final String MARKER = "vocabulary/sections.yaml";

    private static Path bundledCopy;

    private TemplatesFolder() {}

    /** {@code ./templates} if it is a folder, else a copy of the bundled templates. */
    static Path byDefault() {
        return Files.isDirectory(IN_WORKING_FOLDER) ? IN_WORKING_FOLDER : bundled();
    }

    /** The templates packed with leafpress, copied once into a temporary folder removed when the JVM exits. */
    static synchronized Path bundled() {
        if (bundledCopy == null) bundledCopy = copyOfBundled();
        return bundledCopy;
    }

    private static Path copyOfBundled() {
        URL marker = TemplatesFolder.class.getClassLoader().getResource(IN_JAR + "/" + MARKER);
        if (marker == null) {
            throw new IllegalStateException("no templates: there is no ./templates folder, no --templates was given, "
                    + "and this leafpress has none packed in (" + IN_JAR + ")");
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    return copy(rootOf(jar.provider().getPath(uri)));
                } catch (FileSystemAlreadyExistsException open) {
                    return copy(rootOf(FileSystems.getFileSystem(uri).provider().getPath(uri)));
                }
            }
            return copy(rootOf(Path.of(uri)));
        } catch (IOException e) {
            throw new UncheckedIOException("the bundled templates cannot be copied out: " + e.getMessage(), e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code .../leafpress/templates} for {@code .../leafpress/templates/vocabulary/sections.yaml}. */
    private static Path rootOf(Path marker) {
        Path root = marker;
        for (int i = 0; i < Path.of(MARKER).getNameCount(); i++) root = root.getParent();
        return root;
    }

    private static Path copy(Path root) throws IOException {
        Path target = Files.createTempDirectory("leafpress-templates-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(target)));
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.sorted().toList();
        }
        for (Path file : files) {
            // Resolved name by name: the jar's paths and the disk's belong to different file systems.
            Path to = target;
            for (Path name : root.relativize(file)) to = to.resolve(name.toString());
            if (Files.isDirectory(file)) Files.createDirectories(to);
            else Files.copy(file, to);
        }
        return target;
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Left in the temporary folder: harmless, and the next run makes its own copy.
        }
    }
}
