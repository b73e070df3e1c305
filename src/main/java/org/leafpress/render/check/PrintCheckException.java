package org.leafpress.render.check;

import java.util.List;
import java.util.stream.Collectors;
import org.leafpress.render.RenderException;

/**
 * A leaflet whose print output failed a check: a character its font cannot print, a contents entry
 * with the wrong page number, a font left unembedded, a page box that is not as asked. The message
 * names every failed check and where it failed; the build fails that leaflet with it.
 */
public final class PrintCheckException extends RenderException {

    private static final long serialVersionUID = 1L;

    private final transient List<PrintFinding> findings;

    public PrintCheckException(String where, List<PrintFinding> findings) {
        super(where, describe(findings), null);
        this.findings = List.copyOf(findings);
    }

    /** Every finding, in the order the checks made them. */
    public List<PrintFinding> findings() {
        return findings;
    }

    private static String describe(List<PrintFinding> findings) {
        return findings.size() == 1 ? findings.get(0).toString()
                : findings.size() + " print checks failed:\n  "
                        + findings.stream().map(PrintFinding::toString).collect(Collectors.joining("\n  "));
    }
}
