package org.leafpress.align;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** A run of words a text kept, gained or lost since an earlier version. */
public record WordChange(Op op, String text) {

    /** What happened to the words. */
    public enum Op {
        SAME, ADDED, REMOVED;

        @JsonValue
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
