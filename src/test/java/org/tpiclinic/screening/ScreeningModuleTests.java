package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.review.Decision;
import org.tpiclinic.screening.rules.RuleId;

/**
 * The screening module with what it depends on (shared, identity, audit, patients, site): a patient's intake is
 * screened against the rules, and a clinician's eligible review clears exactly the plan reviewed.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "shared", "identity" })
class ScreeningModuleTests {

    @Autowired
    PatientRegistry registry;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    Screening screening;

    @Test
    void anEligibleReviewClearsThePlanReviewedAndNoOther() {
        UUID patient = ScreeningFixtures.register(registry, "Module" + UUID.randomUUID().toString().substring(0, 6));
        ScreeningFixtures.nothingToReport(intake, ScreeningFixtures.FRONT_DESK, patient);
        var plan = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false, TestSites.left("UPPER_TRAPEZIUS"));
        var other = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false, TestSites.right("UPPER_TRAPEZIUS"));

        var evaluation = screening.evaluate(ScreeningFixtures.CLINICIAN, patient, plan).screened().evaluation();
        assertThat(evaluation.hasHardStop()).isFalse();
        assertThat(screening.hasValidEligibleScreening(ScreeningFixtures.CLINICIAN, patient, plan)).isFalse();

        var decision = evaluation.warnings().isEmpty() ? Decision.ELIGIBLE : Decision.ELIGIBLE_WITH_WARNINGS;
        var reasons = new HashMap<RuleId, String>();
        evaluation.warnings().forEach(w -> reasons.put(w.rule(), "Discussed with the patient"));
        screening.review(ScreeningFixtures.CLINICIAN, patient, plan, decision, Map.copyOf(reasons), null);

        assertThat(screening.hasValidEligibleScreening(ScreeningFixtures.CLINICIAN, patient, plan)).isTrue();
        assertThat(screening.hasValidEligibleScreening(ScreeningFixtures.CLINICIAN, patient, other)).isFalse();
    }
}
