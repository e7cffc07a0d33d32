package org.tpiclinic.screening;

import static org.tpiclinic.screening.Answer.NO;
import static org.tpiclinic.screening.Answer.YES;

import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.screening.intake.CareAnswers;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.Reported;
import org.tpiclinic.screening.intake.SafetyAnswers;
import org.tpiclinic.screening.review.Decision;
import org.tpiclinic.screening.rules.RuleId;

/**
 * For the demo practice only: takes a patient through the screening as a real one goes (an intake with nothing new
 * to report and eight weeks of physiotherapy, then a clinician's review of the plan, each warning accepted with a
 * reason, then the patient's consent typed in the clinic), through this module's own services so that everything
 * is checked and audited as usual. A patient whose record brings a hard stop is not cleared.
 */
@Component
public class DemoClearance {

    private final IntakeQuestionnaire intake;
    private final Screening screening;
    private final Consents consents;

    DemoClearance(IntakeQuestionnaire intake, Screening screening, Consents consents) {
        this.intake = intake;
        this.screening = screening;
        this.consents = consents;
    }

    /**
     * Screens and consents the patient to {@code plan}; empty, with nothing reviewed, when a hard stop applies.
     *
     * @param frontDesk who enters the intake; {@code clinician} reviews and takes the consent
     * @return the id of the signed consent
     */
    public Optional<UUID> clear(CurrentUser frontDesk, CurrentUser clinician, UUID patientId, String typedName,
            PlannedTreatment plan) {
        intake.saveSafety(frontDesk, patientId, new SafetyAnswers(NO, NO, null, NO, NO, NO, NO, NO, NO, NO, NO,
                YES, null, null, NO, null), List.<Reported.Allergy>of(),
                List.<Reported.Medication>of());
        intake.saveCare(frontDesk, patientId, new CareAnswers(YES, NO, YES, NO, 8, NO, null, null, null));
        var evaluation = screening.evaluate(clinician, patientId, plan).screened().evaluation();
        if (evaluation.hasHardStop()) {
            return Optional.empty();
        }
        var reasons = new HashMap<RuleId, String>();
        evaluation.warnings().forEach(w -> reasons.put(w.rule(), "Discussed with the patient; acceptable for this plan"));
        var decision = reasons.isEmpty() ? Decision.ELIGIBLE : Decision.ELIGIBLE_WITH_WARNINGS;
        var review = screening.review(clinician, patientId, plan, decision, reasons, null);
        var consent = consents.sign(clinician, patientId, review.id(),
                new Consents.SignatureForm(typedName, null, true, null), "127.0.0.1");
        return Optional.of(consent.id());
    }
}
