package org.leafpress.align;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.leafpress.model.SectionKey;

/**
 * What the parity report expects of a translation, read from {@code templates/align/parity.yaml}:
 * which sections a translation need not have, and which findings fail {@code --strict}.
 */
final class ParityRules {

    private final Set<SectionKey> notForTranslation;
    private final Map<FindingCode, Severity> severities;

    ParityRules(Set<SectionKey> notForTranslation, Map<FindingCode, Severity> severities) {
        this.notForTranslation = Set.copyOf(notForTranslation);
        this.severities = Map.copyOf(severities);
    }

    /** Reads the rules file; a finding it does not list is an error. */
    static ParityRules load(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
            Set<SectionKey> skipped = new HashSet<>();
            for (JsonNode key : root.path("notForTranslation")) skipped.add(new SectionKey(key.asText()));
            Map<FindingCode, Severity> severities = new EnumMap<>(FindingCode.class);
            for (FindingCode code : FindingCode.values()) severities.put(code, Severity.ERROR);
            for (Map.Entry<String, JsonNode> f : root.path("findings").properties()) {
                severities.put(FindingCode.ofCode(f.getKey()), Severity.valueOf(f.getValue().asText().toUpperCase(Locale.ROOT)));
            }
            return new ParityRules(skipped, severities);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read the parity rules", e);
        }
    }

    /** A section a translation is expected to have: content, not the source publisher's own matter. */
    boolean isContent(SectionKey key) {
        return !notForTranslation.contains(key);
    }

    ParityFinding finding(FindingCode code, String message, String where) {
        return new ParityFinding(code, message, where, severities.get(code));
    }
}
