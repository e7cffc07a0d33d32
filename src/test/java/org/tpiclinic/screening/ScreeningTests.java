package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tpiclinic.screening.ScreeningFixtures.*;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.SafetyAnswers;
import org.tpiclinic.screening.review.Decision;
import org.tpiclinic.screening.rules.Outcome;
import org.tpiclinic.screening.rules.RuleId;
import org.tpiclinic.screening.rules.RuleResult;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;

/** Clinician review and the API procedures will ask, against a real database (PostgreSQL in the twin). */
@SpringBootTest
class ScreeningTests {

    static final PlannedTreatment LIDOCAINE_GLUTEUS = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
            TestSites.right("GLUTEUS_MEDIUS"));
    static final PlannedTreatment LIDOCAINE_TRAPEZIUS = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
            TestSites.right("UPPER_TRAPEZIUS"));

    @Autowired
    Screening screening;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    PatientRegistry registry;
    @Autowired
    JdbcClient jdbc;

    UUID screenedPatient(String name) {
        var id = register(registry, name);
        nothingToReport(intake, FRONT_DESK, id);
        return id;
    }

    long reviews(UUID patientId) {
        return jdbc.sql("SELECT COUNT(*) FROM screening_reviews WHERE patient_id = ?").param(patientId)
                .query(Long.class).single();
    }

    @Test
    void aCleanPatientIsClearedForExactlyThePlanReviewedWithTheRuleSetVersionRecorded() {
        var id = screenedPatient("Clearpass");
        assertThat(screening.evaluate(CLINICIAN, id, LIDOCAINE_GLUTEUS).screened().evaluation().worst())
                .isEqualTo(Outcome.PASS);
        var review = screening.review(CLINICIAN, id, LIDOCAINE_GLUTEUS, Decision.ELIGIBLE, Map.of(), null);
        assertThat(review.ruleSetVersion()).isPositive();
        assertThat(screening.hasValidEligibleScreening(CLINICIAN, id, LIDOCAINE_GLUTEUS)).isTrue();
        assertThat(screening.hasValidEligibleScreening(CLINICIAN, id,
                PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true, TestSites.right("GLUTEUS_MEDIUS")))).isFalse();
    }

    @Test
    void aHardStopCannotBeOverriddenWhateverTheFormSends() {
        var id = screenedPatient("Hardstop");
        registry.addAllergy(SYSTEM, id, "Lidocaine", AllergyClass.AMIDE, ReactionType.ANAPHYLAXIS, Severity.SEVERE);
        for (var decision : new Decision[] { Decision.ELIGIBLE, Decision.ELIGIBLE_WITH_WARNINGS }) {
            assertThatThrownBy(() -> screening.review(CLINICIAN, id, LIDOCAINE_GLUTEUS, decision,
                    Map.of(RuleId.ALLERGY_AGENT_CLASS, "I accept the risk"), null))
                    .isInstanceOf(FieldRefused.class).hasMessageContaining("hard stop");
        }
        assertThat(reviews(id)).isZero();
        screening.review(CLINICIAN, id, LIDOCAINE_GLUTEUS, Decision.NOT_ELIGIBLE, Map.of(), "Amide allergy");
        assertThat(screening.hasValidEligibleScreening(CLINICIAN, id, LIDOCAINE_GLUTEUS)).isFalse();
        var ester = PlannedTreatment.of(Agent.PROCAINE_05, false, TestSites.right("GLUTEUS_MEDIUS"));
        screening.review(CLINICIAN, id, ester, Decision.ELIGIBLE, Map.of(), "Ester instead");
        assertThat(screening.hasValidEligibleScreening(CLINICIAN, id, ester)).isTrue();
    }

    @Test
    void everyAcceptedWarningNeedsAReason() {
        var id = screenedPatient("Warnreason");
        assertThatThrownBy(() -> screening.review(CLINICIAN, id, LIDOCAINE_TRAPEZIUS, Decision.ELIGIBLE, Map.of(),
                null)).isInstanceOf(FieldRefused.class);
        assertThatThrownBy(() -> screening.review(CLINICIAN, id, LIDOCAINE_TRAPEZIUS,
                Decision.ELIGIBLE_WITH_WARNINGS, Map.of(RuleId.SITE_NEAR_THORAX, "  "), null))
                .isInstanceOf(FieldRefused.class);
        assertThat(reviews(id)).isZero();
        var review = screening.review(CLINICIAN, id, LIDOCAINE_TRAPEZIUS, Decision.ELIGIBLE_WITH_WARNINGS,
                Map.of(RuleId.SITE_NEAR_THORAX, "Shallow angle, pinch technique"), null);
        assertThat(review.acknowledgements()).singleElement()
                .satisfies(a -> assertThat(a.reason()).isEqualTo("Shallow angle, pinch technique"));
        assertThat(screening.hasValidEligibleScreening(CLINICIAN, id, LIDOCAINE_TRAPEZIUS)).isTrue();
    }

    @Test
    void aPatientWhoDoesNotKnowIsToldApartFromAQuestionNotAskedYetAndNeitherPasses() {
        var unsure = register(registry, "Unsure");
        var notAsked = register(registry, "Notasked");
        intake.saveSafety(FRONT_DESK, unsure, new SafetyAnswers(Answer.UNSURE, Answer.UNSURE, null, Answer.NO,
                Answer.UNSURE, Answer.NO, Answer.NO, Answer.NO, Answer.NO, Answer.NO, Answer.NO, Answer.YES, null,
                null, Answer.NO, null), List.of(), List.of());
        intake.saveSafety(FRONT_DESK, notAsked, new SafetyAnswers(Answer.NOT_ANSWERED, Answer.NOT_ANSWERED, null,
                Answer.NO, Answer.NOT_ANSWERED, Answer.NO, Answer.NO, Answer.NO, Answer.NO, Answer.NO, Answer.NO,
                Answer.YES, null, null, Answer.NO, null), List.of(), List.of());
        assertThat(intake.find(unsure).orElseThrow().safety().bloodThinners()).isEqualTo(Answer.UNSURE);

        var whenUnsure = reasons(unsure);
        var whenNotAsked = reasons(notAsked);
        for (var rule : List.of(RuleId.ALLERGY_AGENT_CLASS, RuleId.BLOOD_THINNER, RuleId.INFECTION)) {
            assertThat(whenUnsure.get(rule)).isEqualTo("screening.reason." + rule + ".unsure");
            assertThat(whenNotAsked.get(rule)).isEqualTo("screening.reason." + rule + ".unanswered");
        }
        var outcomes = screening.evaluate(CLINICIAN, unsure, LIDOCAINE_GLUTEUS).screened().evaluation().results()
                .stream().filter(r -> whenUnsure.containsKey(r.rule()) && r.reasonKey().endsWith(".unsure"))
                .map(RuleResult::outcome).toList();
        assertThat(outcomes).hasSize(3).containsOnly(Outcome.WARNING);
        assertThat(screening.evaluate(CLINICIAN, unsure, LIDOCAINE_GLUTEUS).screened().evaluation().factsFingerprint())
                .isNotEqualTo(screening.evaluate(CLINICIAN, notAsked, LIDOCAINE_GLUTEUS).screened().evaluation()
                        .factsFingerprint());
    }

    private Map<RuleId, String> reasons(UUID patientId) {
        return screening.evaluate(CLINICIAN, patientId, LIDOCAINE_GLUTEUS).screened().evaluation().results().stream()
                .collect(java.util.stream.Collectors.toMap(RuleResult::rule, RuleResult::reasonKey));
    }

    @Test
    void aReviewLapsesWhenAFactARuleDependsOnChanges() {
        var id = screenedPatient("Lapses");
        screening.review(CLINICIAN, id, LIDOCAINE_GLUTEUS, Decision.ELIGIBLE, Map.of(), null);
        assertThat(screening.hasValidEligibleScreening(CLINICIAN, id, LIDOCAINE_GLUTEUS)).isTrue();
        registry.addMedication(SYSTEM, id, "Apixaban", DrugClass.ANTICOAGULANT, "5 mg twice daily");
        assertThat(screening.hasValidEligibleScreening(CLINICIAN, id, LIDOCAINE_GLUTEUS)).isFalse();
        assertThat(screening.evaluate(CLINICIAN, id, LIDOCAINE_GLUTEUS).latestValid()).isFalse();
    }

    @Test
    void onlyAClinicianReviewsAndPatientsSeeNoScreening() {
        var id = screenedPatient("Whoreviews");
        for (var actor : new CurrentUser[] { FRONT_DESK, BILLING, ADMIN, patient(id) }) {
            assertThatThrownBy(() -> screening.review(actor, id, LIDOCAINE_GLUTEUS, Decision.ELIGIBLE, Map.of(), null))
                    .isInstanceOf(ForbiddenException.class);
        }
        assertThatThrownBy(() -> screening.evaluate(patient(id), id, LIDOCAINE_GLUTEUS))
                .isInstanceOf(ForbiddenException.class);
        assertThat(screening.evaluate(BILLING, id, LIDOCAINE_GLUTEUS).screened().evaluation()).isNotNull();
        assertThat(reviews(id)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND outcome = 'DENIED'")
                .param(id).query(Long.class).single()).isGreaterThanOrEqualTo(5);
    }
}
