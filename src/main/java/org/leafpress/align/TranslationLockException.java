package org.leafpress.align;

import java.nio.file.Path;

/** A translation.lock that cannot be read or written; the message names the file and says what to do. */
public final class TranslationLockException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public TranslationLockException(Path file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
