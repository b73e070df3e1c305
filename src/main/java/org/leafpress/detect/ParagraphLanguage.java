package org.leafpress.detect;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One paragraph in a language report: its 1-based number, the language of most of its letters
 * (empty if unknown) with that language's share, the paragraph's opening words, and the
 * sentences found in another language.
 */
@JsonPropertyOrder({"number", "language", "confidence", "excerpt", "otherLanguages"})
public record ParagraphLanguage(int number, String language, double confidence, String excerpt,
        List<SentenceLanguage> otherLanguages) {

    public ParagraphLanguage {
        language = language == null ? "" : language;
        otherLanguages = List.copyOf(otherLanguages);
    }

    /** Whether detection could tell this paragraph's language. */
    @JsonIgnore // the JSON's empty language already says it
    public boolean isKnown() {
        return !language.isEmpty();
    }
}
