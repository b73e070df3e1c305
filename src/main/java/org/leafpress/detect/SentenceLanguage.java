package org.leafpress.detect;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One sentence and the language detected for it: an ISO 639-1 code, or empty when the sentence
 * is too short or too ambiguous to tell.
 */
public record SentenceLanguage(String text, String language) {

    public SentenceLanguage {
        language = language == null ? "" : language;
    }

    /** Whether detection could tell this sentence's language. */
    @JsonIgnore // the JSON's empty language already says it
    public boolean isKnown() {
        return !language.isEmpty();
    }
}
