package org.tpiclinic.screening;

import java.util.HashMap;
import java.util.UUID;

import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.review.Decision;
import org.tpiclinic.screening.rules.RuleId;

/** A patient whose plan a clinician has reviewed and cleared, ready to consent. */
public final class ConsentFixtures {

    private ConsentFixtures() {
    }

    /** The patient and the clinician's review of their plan. */
    public record Reviewed(UUID patientId, UUID reviewId) {
    }

    /** Registers "Sam {family}" with nothing to report and records an eligible review of {@code plan}. */
    public static Reviewed reviewed(PatientRegistry registry, IntakeQuestionnaire intake, Screening screening, String family,
            PlannedTreatment plan) {
        var id = ScreeningFixtures.register(registry, family);
        ScreeningFixtures.nothingToReport(intake, ScreeningFixtures.FRONT_DESK, id);
        return new Reviewed(id, review(screening, id, plan));
    }

    /** Records an eligible review of {@code plan}, accepting each warning with a reason. */
    public static UUID review(Screening screening, UUID patientId, PlannedTreatment plan) {
        var warnings = screening.evaluate(ScreeningFixtures.CLINICIAN, patientId, plan).screened().evaluation()
                .warnings();
        var reasons = new HashMap<RuleId, String>();
        warnings.forEach(w -> reasons.put(w.rule(), "Discussed with the patient"));
        var decision = warnings.isEmpty() ? Decision.ELIGIBLE : Decision.ELIGIBLE_WITH_WARNINGS;
        return screening.review(ScreeningFixtures.CLINICIAN, patientId, plan, decision, reasons, null).id();
    }
}
