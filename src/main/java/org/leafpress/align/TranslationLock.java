package org.leafpress.align;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.leafpress.model.Leaflet;
import org.leafpress.model.Section;
import org.leafpress.model.SectionKey;

/**
 * What a translation was made from: for each translated section, the fingerprint of the source
 * text it follows and that text itself, so that a later change shows as a word diff. Stored as
 * {@code sources/<leaflet>/<lang>/translation.lock}, YAML with sorted keys, written by
 * {@code parity --accept <lang>} and committed with the translation.
 */
@JsonPropertyOrder({"leaflet", "language", "sourceLanguage", "sections"})
public record TranslationLock(String leaflet, String language, String sourceLanguage, Map<String, LockedSection> sections) {

    /** One section as the translation was accepted against it. */
    @JsonPropertyOrder({"sha256", "source"})
    public record LockedSection(String sha256, String source) {}

    static final String HEADER = "# What this translation was made from: the source text of each translated section and its\n"
            + "# SHA-256. Written by `leafpress parity --accept <language>`; commit it with the translation.\n";

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .disable(YAMLGenerator.Feature.SPLIT_LINES))
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public TranslationLock {
        sections = Collections.unmodifiableSortedMap(new TreeMap<>(sections == null ? Map.of() : sections));
    }

    /** A lock accepting the translation as it stands: every source section it has text in. */
    public static TranslationLock accepting(Leaflet source, AlignedTranslation aligned) {
        Map<String, LockedSection> sections = new TreeMap<>();
        for (Section section : aligned.model().sections()) {
            SectionKey key = section.key();
            boolean translated = section.blocks().stream().anyMatch(Passage::isPassage);
            if (!translated || source.section(key).isEmpty()) continue;
            SectionFingerprint fingerprint = SectionFingerprint.of(source, key);
            sections.put(key.value(), new LockedSection(fingerprint.sha256(), fingerprint.text()));
        }
        return new TranslationLock(source.id(), aligned.model().language(), source.language(), sections);
    }

    /** The lock in {@code file}, or empty when there is none yet. */
    public static Optional<TranslationLock> read(Path file) {
        try {
            return Optional.of(YAML.readValue(Files.readString(file, StandardCharsets.UTF_8), TranslationLock.class));
        } catch (NoSuchFileException none) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            throw new TranslationLockException(file, "not a translation lock (" + e.getMessage().lines().findFirst().orElse("")
                    + "); run `leafpress parity --accept <language>` to write it again", e);
        }
    }

    /** Writes the lock; the same lock gives the same bytes. */
    public void write(Path file) {
        // A link here would have --accept overwrite whatever it points to, perhaps outside the sources.
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isSymbolicLink(file) || (folder != null && Files.isSymbolicLink(folder))) {
            throw new TranslationLockException(file, "is a symbolic link (or lies in a linked folder); leafpress "
                    + "does not write through links. Remove the link and run --accept again", null);
        }
        try {
            Files.writeString(file, toYaml(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new TranslationLockException(file, "cannot write the translation lock: " + e.getMessage(), e);
        }
    }

    /** The file's text: a comment, then YAML with sorted keys, ending in a newline. */
    public String toYaml() {
        try {
            String yaml = YAML.writeValueAsString(this);
            return HEADER + (yaml.endsWith("\n") ? yaml : yaml + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("a lock is plain data and always writes", e);
        }
    }

    /** What the translation of {@code key} was made from, if it was accepted. */
    public Optional<LockedSection> section(SectionKey key) {
        return Optional.ofNullable(sections.get(key.value()));
    }
}
