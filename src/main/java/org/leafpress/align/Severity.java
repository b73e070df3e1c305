package org.leafpress.align;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether a finding fails {@code parity --strict} ({@code error}) or is only reported ({@code warning}). */
public enum Severity {
    ERROR, WARNING;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
