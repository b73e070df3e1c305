package org.leafpress.cli;

import java.io.PrintWriter;
import java.util.List;
import org.leafpress.align.LeafletParity;
import org.leafpress.align.ParityGate;
import org.leafpress.align.ParityReport;
import org.leafpress.align.SectionParity;
import org.leafpress.align.TranslationParity;

/** The lines a translator reads: each translation's status, what it covers, its findings. */
final class ParitySummary {

    private final ParityReport report;

    ParitySummary(ParityReport report) {
        this.report = report;
    }

    void printTo(PrintWriter out) {
        for (LeafletParity leaflet : report.leaflets()) {
            for (TranslationParity t : leaflet.translations()) {
                int findings = t.sections().stream().mapToInt(s -> s.findings().size()).sum();
                out.printf("parity  %s %s→%s: %s%s, %s; %d finding%s%n", leaflet.leaflet(), leaflet.sourceLanguage(),
                        t.language(), t.status().label(), t.draft() ? " (draft)" : "", t.summary(), findings,
                        findings == 1 ? "" : "s");
                for (SectionParity s : t.sections()) {
                    if (s.status().label().equals("translated") && s.findings().isEmpty()) continue;
                    if (s.optional() && s.status().label().equals("missing")) continue;
                    out.printf("        %-16s %-10s %d ↔ %d%n", s.key(), s.status().label(), s.sourceParagraphs(),
                            s.translationParagraphs());
                    s.findings().forEach(f -> out.printf("          %s: %s%n", f.code().code(), f.message()));
                }
            }
        }
        out.flush();
    }

    /** Prints why the report fails {@code --strict}; returns whether it does. */
    boolean failsStrict(PrintWriter err) {
        List<String> failures = ParityGate.failuresOf(report);
        failures.forEach(f -> err.println("STRICT  " + f));
        err.flush();
        return !failures.isEmpty();
    }
}
