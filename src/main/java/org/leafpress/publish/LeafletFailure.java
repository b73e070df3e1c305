package org.leafpress.publish;

/** A leaflet that could not be built; the message names the file and says what to do. */
public class LeafletFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public LeafletFailure(String message, Throwable cause) {
        super(message, cause);
    }

    public LeafletFailure(String message) {
        super(message);
    }
}
