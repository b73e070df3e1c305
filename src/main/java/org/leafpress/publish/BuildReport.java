package org.leafpress.publish;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import org.leafpress.align.LeafletParity;
import org.leafpress.model.DetectedLanguage;
import org.leafpress.model.Warning;

/**
 * What a build did, for {@code output/reports/build.json}: per leaflet and document the source,
 * declared and detected language, the sections found, warnings and timings.
 */
public record BuildReport(int leafletsBuilt, int leafletsFailed, List<LeafletResult> leaflets,
        List<Warning> problems) {

    /** A leaflet's status: built this time, taken from the cache, or failed. */
    public static final String BUILT = "built";
    public static final String UNCHANGED = "unchanged";
    public static final String FAILED = "failed";

    public BuildReport {
        leaflets = List.copyOf(leaflets);
        problems = List.copyOf(problems);
    }

    /** One leaflet: built (with its outputs) or failed (with the reason, naming the file). */
    public record LeafletResult(String leaflet, String status, @JsonInclude(JsonInclude.Include.NON_EMPTY) String error,
            String sourceLanguage, List<DocumentResult> documents, List<String> outputs, List<Warning> warnings,
            Map<String, Long> timingsMillis, @JsonIgnore LeafletParity parity) {

        public LeafletResult {
            error = error == null ? "" : error;
            documents = List.copyOf(documents);
            outputs = List.copyOf(outputs);
            warnings = List.copyOf(warnings);
            timingsMillis = Map.copyOf(timingsMillis);
        }

        /** Whether the leaflet's output is current: built this time or unchanged since it was. */
        @JsonIgnore
        public boolean isBuilt() {
            return BUILT.equals(status) || UNCHANGED.equals(status);
        }

        @JsonIgnore
        public boolean isUnchanged() {
            return UNCHANGED.equals(status);
        }
    }

    /** One source document: what was declared, what was found. */
    public record DocumentResult(String source, String role, String declaredLanguage,
            DetectedLanguage detectedLanguage, List<String> sections, int paragraphs, List<Warning> warnings,
            Map<String, Long> timingsMillis) {

        public DocumentResult {
            sections = List.copyOf(sections);
            warnings = List.copyOf(warnings);
            timingsMillis = Map.copyOf(timingsMillis);
        }
    }

    @JsonIgnore
    public boolean hasFailures() {
        return leafletsFailed > 0 || !problems.isEmpty();
    }
}
