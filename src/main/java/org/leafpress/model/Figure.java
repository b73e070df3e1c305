package org.leafpress.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A picture or diagram, known by its caption and credit (the image itself is not carried). */
public record Figure(
        String caption,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String credit,
        @JsonUnwrapped Provenance from) implements Block {

    public Figure {
        credit = credit == null ? "" : credit;
        from = from == null ? Provenance.UNKNOWN : from;
    }

    @Override
    public String plainText() {
        return credit.isEmpty() ? caption : caption + "\n" + credit;
    }
}
