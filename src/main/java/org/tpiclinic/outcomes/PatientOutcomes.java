package org.tpiclinic.outcomes;

import java.util.List;
import java.util.UUID;

import org.tpiclinic.outcomes.analysis.PainCourse;
import org.tpiclinic.outcomes.analysis.Thresholds;

/**
 * A patient's outcomes: the pain course read against the baseline (change, responder status, each session's
 * response and relief), the sessions with what was given where, every score of every instrument, and the
 * thresholds used with their sources.
 */
public record PatientOutcomes(UUID patientId, PainCourse.Summary course, List<SessionFacts> sessions,
        List<ScoreEntry> scores, Thresholds thresholds, List<ThresholdSource> sources) {

    /** The function scores (PSFS, 0-10, higher is better) in time order. */
    public List<ScoreEntry> function() {
        return scores.stream().filter(s -> Instrument.FUNCTION.equals(s.instrument())).toList();
    }
}
