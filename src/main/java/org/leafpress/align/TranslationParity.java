package org.leafpress.align;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.leafpress.model.SectionKey;

/**
 * How a translation follows its source, section by section.
 *
 * @param draft           the manifest lists this language under {@code drafts}: reported, never a gate
 * @param contentSections how many source sections a translation is expected to have
 * @param coveredSections how many of those the translation has text in
 * @param sections        the source's sections in order (those a translation need not have only
 *                        when it has them), then the translation's extra sections
 */
@JsonPropertyOrder({"language", "status", "draft", "contentSections", "coveredSections", "sections"})
public record TranslationParity(String language, ParityStatus status, boolean draft, int contentSections,
        int coveredSections, List<SectionParity> sections) {

    public TranslationParity {
        sections = List.copyOf(sections);
    }

    public Optional<SectionParity> section(SectionKey key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** "covers 1 of 8 content sections (treatment)": a line for a terminal. */
    public String summary() {
        List<String> covered = sections.stream()
                .filter(s -> !s.optional() && s.status() != ParityStatus.MISSING && s.status() != ParityStatus.EXTRA)
                .map(s -> s.key().value()).toList();
        return "covers " + coveredSections + " of " + contentSections + " content sections"
                + (covered.isEmpty() ? "" : " (" + String.join(", ", covered) + ")");
    }
}
