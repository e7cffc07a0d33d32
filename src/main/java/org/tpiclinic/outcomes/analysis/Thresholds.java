package org.tpiclinic.outcomes.analysis;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The thresholds outcomes are read with, loaded from {@code outcome_thresholds} (each with its source there).
 *
 * @param responderPoints    a fall from baseline of at least this many points makes a responder
 * @param responderPercent   ... or of at least this percentage of the baseline
 * @param substantialPercent a fall of at least this percentage is substantial relief
 * @param reliefMargin       relief ends at the first later score within this many points of the pre-session one
 * @param responseDay        the score nearest this day after a session is its response
 * @param responseWindow     scores later than this many days after a session are not its response
 * @param minGroupPatients   groups of fewer patients are not shown
 * @param followUpMonths     monthly follow-ups for this many months after the last session
 */
public record Thresholds(BigDecimal responderPoints, BigDecimal responderPercent, BigDecimal substantialPercent,
        BigDecimal reliefMargin, int responseDay, int responseWindow, int minGroupPatients, int followUpMonths) {

    /** From the table's rows by code; a missing row is a broken installation, said plainly. */
    public static Thresholds of(Map<String, BigDecimal> rows) {
        return new Thresholds(get(rows, "RESPONDER_POINTS"), get(rows, "RESPONDER_PERCENT"),
                get(rows, "SUBSTANTIAL_PERCENT"), get(rows, "RELIEF_MARGIN"), get(rows, "RESPONSE_DAY").intValue(),
                get(rows, "RESPONSE_WINDOW").intValue(), get(rows, "MIN_GROUP_PATIENTS").intValue(),
                get(rows, "FOLLOW_UP_MONTHS").intValue());
    }

    private static BigDecimal get(Map<String, BigDecimal> rows, String code) {
        var value = rows.get(code);
        if (value == null) {
            throw new IllegalStateException("The outcome threshold " + code + " is missing from outcome_thresholds");
        }
        return value;
    }
}
