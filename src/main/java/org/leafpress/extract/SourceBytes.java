package org.leafpress.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Reads a source's bytes, read-only, turning the ways that fails into messages for an editor. */
final class SourceBytes {

    private SourceBytes() {}

    /** All of {@code file}'s bytes. */
    static byte[] of(Path file) throws SourceUnreadableException {
        return of(file, Integer.MAX_VALUE - 8);
    }

    /**
     * All of {@code file}'s bytes, refusing a file over {@code limit} bytes before reading it (and
     * one that grows past the limit while it is read).
     */
    static byte[] of(Path file, long limit) throws SourceUnreadableException {
        try {
            if (Files.isDirectory(file)) {
                throw new SourceUnreadableException(file, "this is a folder, not a file; name a file in leaflet.yaml");
            }
            long size = Files.size(file);
            if (size > limit) throw tooLarge(file, size, limit);
            if (size == 0) throw empty(file);
            try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
                byte[] bytes = in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
                if (bytes.length > limit) throw tooLarge(file, bytes.length, limit);
                if (bytes.length == 0) throw empty(file);
                return bytes;
            }
        } catch (NoSuchFileException e) {
            throw new SourceUnreadableException(file, "the file does not exist; check its name and folder in leaflet.yaml");
        } catch (AccessDeniedException e) {
            throw new SourceUnreadableException(file, "leafpress may not read this file (permission denied); "
                    + "make it readable for the user that runs the build");
        } catch (IOException e) {
            throw new SourceUnreadableException(file, "the file cannot be read (" + e.getMessage() + "); "
                    + "copy it again into sources/", e);
        }
    }

    private static SourceUnreadableException empty(Path file) {
        return new SourceUnreadableException(file, "the file is empty; export or copy it again, "
                + "or remove it from leaflet.yaml");
    }

    private static SourceUnreadableException tooLarge(Path file, long size, long limit) {
        return new SourceUnreadableException(file, "the file is too large (" + megabytes(size) + "; the limit is "
                + megabytes(limit) + "); export it again with smaller images, or split it");
    }

    private static String megabytes(long bytes) {
        return ((bytes + (1 << 20) - 1) >> 20) + " MB";
    }
}
