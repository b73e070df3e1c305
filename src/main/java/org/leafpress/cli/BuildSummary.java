package org.leafpress.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.leafpress.model.Warning;
import org.leafpress.publish.BuildReport;
import org.leafpress.render.SiteLayout;

/** The few lines a person reads at the end of a build. */
final class BuildSummary {

    private final BuildReport report;

    BuildSummary(BuildReport report) {
        this.report = report;
    }

    void printTo(PrintWriter out, PrintWriter err, Path output) {
        for (BuildReport.LeafletResult l : report.leaflets()) {
            if (l.isBuilt()) {
                long warnings = l.warnings().size() + l.documents().stream().mapToLong(d -> d.warnings().size()).sum();
                out.printf("%s %s (%s)%s%n", l.isUnchanged() ? "unchanged" : "built  ", l.leaflet(), String.join(", ", l.outputs().stream()
                        .map(o -> o.split("/")[1]).distinct().toList()),
                        warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s"));
            } else {
                err.printf("FAILED  %s: %s%n        (its previous output, if any, is unchanged)%n", l.leaflet(), l.error());
            }
        }
        for (Warning p : report.problems()) err.printf("FAILED  %s%n", p.message());
        out.printf("%d leaflet%s built, %d failed; see %s%n", report.leafletsBuilt(),
                report.leafletsBuilt() == 1 ? "" : "s", report.leafletsFailed() + report.problems().size(),
                output.resolve(SiteLayout.BUILD_REPORT));
        out.flush();
        err.flush();
    }
}
