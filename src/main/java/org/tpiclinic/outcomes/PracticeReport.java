package org.tpiclinic.outcomes;

import java.util.List;

import org.tpiclinic.outcomes.analysis.Interval;
import org.tpiclinic.outcomes.analysis.KaplanMeier;
import org.tpiclinic.outcomes.analysis.Thresholds;

/**
 * The practice's outcomes for one filter. Groups of fewer patients than {@link Thresholds#minGroupPatients()}
 * carry {@code shown = false} and no numbers.
 *
 * @param afterSession responder rates after the 1st, 2nd and 3rd session (by each patient's session number)
 * @param relief       time until pain returns after a session (null when too few patients)
 * @param breakdowns   per dimension (region, muscle, technique, steroid, clinician, location), its groups
 */
public record PracticeReport(PracticeFilter filter, Thresholds thresholds, List<Rate> afterSession,
        KaplanMeier.Curve relief, int reliefPatients, List<Breakdown> breakdowns, long patients, long sessions) {

    /**
     * One group's rate. {@code had}: patients (or sessions) in the group; {@code evaluable}: those with a
     * baseline and a response in the window; {@code responders} and {@code substantial} with their 95 % Wilson
     * intervals over the evaluable.
     */
    public record Rate(String group, String label, boolean shown, long patients, long had, long evaluable,
            Interval responders, Interval substantial) {
    }

    public record Breakdown(String dimension, List<Rate> groups) {
    }
}
