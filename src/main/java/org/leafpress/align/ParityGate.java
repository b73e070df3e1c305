package org.leafpress.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Whether a parity report fails {@code --strict}: a translation with a missing or stale section
 * or an error finding (untranslated text, a number or address on one side only, a paragraph left
 * out) fails, unless the manifest lists its language under {@code drafts}.
 */
public final class ParityGate {

    private ParityGate() {}

    /** One sentence per failure, naming the leaflet, language and section; empty when the report passes. */
    public static List<String> failuresOf(ParityReport report) {
        List<String> failures = new ArrayList<>();
        for (LeafletParity leaflet : report.leaflets()) {
            for (TranslationParity translation : leaflet.translations()) {
                if (translation.draft()) continue;
                for (SectionParity section : translation.sections()) {
                    String where = leaflet.leaflet() + " " + translation.language() + " " + section.key() + ": ";
                    if (section.status() == ParityStatus.MISSING) {
                        String name = Locale.forLanguageTag(translation.language()).getDisplayLanguage(Locale.ENGLISH);
                        failures.add(where + "missing (no " + name + " text follows this section); translate it, or list "
                                + translation.language() + " under drafts in leaflet.yaml");
                    }
                    for (ParityFinding finding : section.findings()) {
                        // A stale section fails whatever severity parity.yaml gives its finding.
                        boolean stale = finding.code() == FindingCode.STALE_SOURCE;
                        if (finding.severity() == Severity.ERROR || stale) {
                            failures.add(where + finding.code().code() + ": " + finding.message());
                        }
                    }
                }
            }
        }
        return failures;
    }

    /** Whether the report fails {@code --strict}. */
    public static boolean fails(ParityReport report) {
        return !failuresOf(report).isEmpty();
    }
}
