package org.leafpress.source;

import java.nio.file.Path;

/** A manifest that cannot be read or says something impossible; the message says what to fix. */
public class ManifestException extends Exception {

    private static final long serialVersionUID = 1L;

    public ManifestException(Path file, String whatIsWrong) {
        super(file + ": " + whatIsWrong);
    }
}
