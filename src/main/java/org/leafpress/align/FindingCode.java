package org.leafpress.align;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a parity finding is about; its JSON form is a short kebab-case code. */
public enum FindingCode {
    /** A translated paragraph whose detected language is not the translation's: text left as it was. */
    UNTRANSLATED_PARAGRAPH("untranslated-paragraph"),
    /** A number, percentage or phone number on one side of a link and not the other. */
    NUMBER_MISMATCH("number-mismatch"),
    /** A web or mail address on one side of a link and not the other. */
    LINK_MISMATCH("link-mismatch"),
    /** A translated paragraph with no source paragraph (a 0-1 link). */
    EXTRA_PARAGRAPH("extra-paragraph"),
    /** A source paragraph with no translation (a 1-0 link). */
    MISSING_PARAGRAPH("missing-paragraph"),
    /** The source section changed since the translation was accepted. */
    STALE_SOURCE("stale-source");

    private final String code;

    FindingCode(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** The finding code written {@code code}, as in parity.yaml. */
    public static FindingCode ofCode(String code) {
        for (FindingCode c : values()) if (c.code.equals(code)) return c;
        throw new IllegalArgumentException("not a parity finding code: " + code);
    }
}
