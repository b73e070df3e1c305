package org.leafpress.align;

import java.util.List;

/**
 * The translation-parity report: {@code output/reports/parity.json} and {@code parity --json}
 * serialise it as it stands (the contract in {@code docs/contracts.md}).
 */
public record ParityReport(List<LeafletParity> leaflets) {

    public ParityReport {
        leaflets = List.copyOf(leaflets);
    }
}
