package org.leafpress.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** Text set apart from the flow: a disclaimer, a reminder. */
public record Note(String text, @JsonUnwrapped Provenance from) implements Block {

    public Note {
        from = from == null ? Provenance.UNKNOWN : from;
    }

    @Override
    public String plainText() {
        return text;
    }
}
