package org.leafpress.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
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

    /** Held while a build writes into an output folder; closing it lets the next build in. */
    public static final class Lock implements AutoCloseable {
        private final FileChannel channel;
        private final FileLock lock;

        private Lock(FileChannel channel, FileLock lock) {
            this.channel = channel;
            this.lock = lock;
        }

        @Override
        public void close() throws IOException {
            channel.truncate(0); // an empty file, so the output stays byte-reproducible
            lock.release();
            channel.close();
        }
    }

    static final String LOCK_FILE = ".leafpress.lock";
    private static final long LOCK_WAIT_MILLIS = 10_000;

    /**
     * Takes the output folder's lock, waiting up to ten seconds for a build that holds it; then
     * gives up naming the holder's process id, so two builds never interleave their leaflets.
     */
    public static Lock lock(Path root) throws IOException {
        Files.createDirectories(root);
        Path file = root.resolve(LOCK_FILE);
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        long deadline = System.nanoTime() + LOCK_WAIT_MILLIS * 1_000_000;
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null; // held by another build in this JVM
                }
                if (lock != null) {
                    channel.truncate(0);
                    channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid())
                            .getBytes(StandardCharsets.US_ASCII)), 0);
                    return new Lock(channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    String holder = Files.readString(file, StandardCharsets.US_ASCII).strip();
                    throw new IOException(root + " is being written by another build (pid "
                            + (holder.isEmpty() ? "unknown" : holder) + "); wait for it to finish or give --output "
                            + "another folder");
                }
                Thread.sleep(200);
            }
        } catch (InterruptedException e) {
            channel.close();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the lock on " + root, e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
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
        try {
            Files.write(tmp, content);
            move(tmp, file);
        } catch (IOException e) {
            // A full disk or a read-only folder: leave no .tmp behind and say which file and why.
            Files.deleteIfExists(tmp);
            throw new IOException("could not write " + file + ": " + causeOf(e), e);
        }
    }

    /** The operating system's reason, e.g. "No space left on device", without Java's exception names. */
    static String causeOf(IOException e) {
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) return fse.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
