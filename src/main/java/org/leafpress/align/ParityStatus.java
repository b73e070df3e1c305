package org.leafpress.align;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How far a section, or a whole translation, follows its source. */
public enum ParityStatus {
    /** Every source paragraph has its translation, and the source has not changed since. */
    TRANSLATED,
    /** Translated in part: a source paragraph has no translation, or a paragraph was left untranslated. */
    PARTIAL,
    /** Nothing translated. */
    MISSING,
    /** Translated, but the source changed since the translation was accepted. */
    STALE,
    /** Translated text with no source section. */
    EXTRA;

    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
