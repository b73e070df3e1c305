package org.leafpress.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** Running text. {@code language} is the language detected for this paragraph, or empty if unsure. */
@JsonPropertyOrder({"text", "language"})
public record Paragraph(
        String text,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) String language,
        @JsonUnwrapped Provenance from) implements Block {

    public Paragraph {
        language = language == null ? "" : language;
        from = from == null ? Provenance.UNKNOWN : from;
    }

    public Paragraph withLanguage(String detected) {
        return new Paragraph(text, detected, from);
    }

    @Override
    public String plainText() {
        return text;
    }
}
