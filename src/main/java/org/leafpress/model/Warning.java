package org.leafpress.model;

/** Something a reader of the output should know: what it is about, a sentence, and where. */
public record Warning(WarningCode code, String message, String where) {

    public Warning {
        where = where == null ? "" : where;
    }
}
