package org.leafpress.model;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A language found by detection: an ISO 639-1 code ({@code en}), or empty when unsure,
 * and a confidence between 0 and 1.
 */
public record DetectedLanguage(String language, double confidence) {

    public static final DetectedLanguage UNKNOWN = new DetectedLanguage("", 0);

    public DetectedLanguage {
        language = language == null ? "" : language;
    }

    @JsonIgnore
    public boolean isKnown() {
        return !language.isEmpty();
    }
}
