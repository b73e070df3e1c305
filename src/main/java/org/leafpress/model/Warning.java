package org.leafpress.model;

/** Something a reader of the output should know: a short kebab-case code, a sentence, and where. */
public record Warning(String code, String message, String where) {

    public Warning {
        where = where == null ? "" : where;
    }
}
