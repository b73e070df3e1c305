package org.leafpress.extract;

import java.nio.file.Path;

/**
 * A source file that cannot be read. The message is for an editor: it names the file, says what
 * is wrong and what to do.
 */
public class SourceUnreadableException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;

    public SourceUnreadableException(Path file, String whatIsWrong) {
        super(file + ": " + whatIsWrong);
        this.file = file;
    }

    public SourceUnreadableException(Path file, String whatIsWrong, Throwable cause) {
        super(file + ": " + whatIsWrong, cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
