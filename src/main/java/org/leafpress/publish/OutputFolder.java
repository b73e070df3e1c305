package org.leafpress.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The output folder, written so that a reader never sees half a build: each leaflet is written
 * into a staging folder beside its final place and swapped in only when it built, and single
 * files are written to a temporary name and renamed.
 */
public final class OutputFolder {

    private final Path root;

    public OutputFolder(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** A fresh, empty staging folder for one leaflet (removed first if a crashed build left one). */
    public Path stagingFor(String leafletId) throws IOException {
        Files.createDirectories(root);
        Path staging = root.resolve(".staging-" + leafletId);
        deleteTree(staging);
        Files.createDirectories(staging);
        return staging;
    }

    /** Replaces {@code output/<leafletId>} by the staging folder; the old one is removed after. */
    public void publish(Path staging, String leafletId) throws IOException {
        Path target = root.resolve(leafletId);
        Path old = root.resolve(".previous-" + leafletId);
        deleteTree(old);
        if (Files.exists(target)) move(target, old);
        move(staging, target);
        deleteTree(old);
    }

    /** Throws a staging folder away: the previous output of that leaflet stays as it was. */
    public void discard(Path staging) throws IOException {
        deleteTree(staging);
    }

    /** Writes one file under the output root through a temporary file and a rename. */
    public void write(String relative, byte[] content) throws IOException {
        writeAtomically(root.resolve(relative), content);
    }

    /** Writes {@code file} through a temporary sibling and a rename. */
    public static void writeAtomically(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        Files.write(tmp, content);
        move(tmp, file);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) return;
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
