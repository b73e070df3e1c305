package org.leafpress.align;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** Something a translator should look at: a code, a sentence, the file and place, and how much it matters. */
@JsonPropertyOrder({"code", "message", "where", "severity"})
public record ParityFinding(FindingCode code, String message, String where, Severity severity) {

    public ParityFinding {
        where = where == null ? "" : where;
    }
}
