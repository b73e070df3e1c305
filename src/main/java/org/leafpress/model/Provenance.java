package org.leafpress.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where a block came from: a page of a PDF, or a line range of a text (1-based).
 * Zero means "not known"; such fields are left out of the JSON.
 */
@JsonInclude(JsonInclude.Include.NON_DEFAULT)
public record Provenance(int page, int firstLine, int lastLine) {

    public static final Provenance UNKNOWN = new Provenance(0, 0, 0);

    public static Provenance page(int page) {
        return new Provenance(page, 0, 0);
    }

    public static Provenance lines(int firstLine, int lastLine) {
        return new Provenance(0, firstLine, lastLine);
    }

    /** A short human form: {@code p. 3} or {@code lines 12-15}. */
    public String describe() {
        if (page > 0) return "p. " + page;
        if (firstLine > 0) return firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
        return "";
    }
}
