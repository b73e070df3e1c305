package org.leafpress.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A glossary entry: a term and what it means. */
public record GlossaryTerm(String term, String definition, @JsonUnwrapped Provenance from) implements Block {

    public GlossaryTerm {
        from = from == null ? Provenance.UNKNOWN : from;
    }

    @Override
    public String plainText() {
        return term + " " + definition;
    }
}
