package org.tpiclinic.procedures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;

/**
 * The dose report as the note keeps it at signing, one line per agent and notice: the totals against the limit
 * as they were, whatever the formulary says later. Rounded for reading only.
 */
final class DoseSummary {

    private DoseSummary() {
    }

    static String of(DoseCheck.DoseReport report) {
        var lines = new ArrayList<String>();
        lines.add("Formulary version " + report.formularyVersion());
        for (var t : report.totals()) {
            lines.add(t.name() + ": " + t.volume() + ", " + t.amount()
                    + t.maximum().map(m -> " of a maximum of " + m).orElse(" (no limit)")
                    + t.share().map(s -> " = " + percent(s)).orElse(""));
        }
        report.combinedAnestheticShare().ifPresent(s -> lines.add("Local anesthetics combined: " + percent(s)
                + " of the maximum"));
        report.notices().forEach(n -> lines.add((n.blocking() ? "Blocked: " : "Warning: ") + n.message()));
        return String.join("\n", lines);
    }

    static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString() + " %";
    }
}
