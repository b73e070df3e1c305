package org.leafpress.render;

/**
 * A leaflet that could not be rendered. The message names the file at fault (a template, a font,
 * a strings file) and says what went wrong.
 */
public class RenderException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String where;

    public RenderException(String where, String whatIsWrong, Throwable cause) {
        super(where + ": " + whatIsWrong, cause);
        this.where = where;
    }

    /** The file (or leaflet) the failure is about. */
    public String where() {
        return where;
    }
}
