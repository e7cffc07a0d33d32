package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tpiclinic.screening.Answer.NO;
import static org.tpiclinic.screening.Answer.YES;
import static org.tpiclinic.screening.ScreeningFixtures.*;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.Proposal;
import org.tpiclinic.screening.intake.Reported;
import org.tpiclinic.screening.intake.SafetyAnswers;
import org.tpiclinic.screening.intake.VisitAnswers;
import org.tpiclinic.shared.ForbiddenException;

/** The intake questionnaire against a real database (PostgreSQL in the twin). */
@SpringBootTest
class IntakeTests {

    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    PatientRegistry registry;

    static SafetyAnswers safety(boolean noAllergies, boolean thinners, boolean diabetes, BigDecimal kg, LocalDate on) {
        return new SafetyAnswers(Answer.of(noAllergies), Answer.of(thinners), null, NO, NO, NO, NO, Answer.of(diabetes),
                NO, NO, NO,
                YES, kg, on);
    }

    @Test
    void aPatientsAnswersArePatientReportedAndReachTheRecordOnlyWhenStaffAcceptThemOneByOne() {
        var id = register(registry, "Selfreport");
        var me = patient(id);
        intake.saveVisit(me, id, new VisitAnswers("Neck pain", "Right upper trapezius", LocalDate.now().minusMonths(4),
                7, 6));
        intake.saveSafety(me, id, safety(false, true, true, new BigDecimal("81.5"), LocalDate.now().minusDays(1)),
                List.of(new Reported.Allergy("Procaine", AllergyClass.ESTER)),
                List.of(new Reported.Medication("Clopidogrel", DrugClass.ANTIPLATELET)));
        var saved = intake.open(FRONT_DESK, id).intake();
        assertThat(saved.safetyStamp().patientReported()).isTrue();
        assertThat(saved.visitStamp().patientReported()).isTrue();
        assertThat(saved.proposals()).extracting(Proposal::kind).containsExactlyInAnyOrder(Proposal.Kind.ALLERGY,
                Proposal.Kind.MEDICATION, Proposal.Kind.CONDITION, Proposal.Kind.WEIGHT);
        assertThat(registry.chart(SYSTEM, id).activeAllergies()).isEmpty();

        var allergy = saved.proposals().stream().filter(p -> p.kind() == Proposal.Kind.ALLERGY).findFirst().get();
        intake.accept(FRONT_DESK, id, allergy.proposalId());
        var chart = registry.chart(SYSTEM, id);
        assertThat(chart.activeAllergies()).extracting(a -> a.substance()).containsExactly("Procaine");
        assertThat(chart.activeConditions()).isEmpty();
        assertThat(chart.patient().weight().value()).isEqualByComparingTo("70.0");

        var weight = saved.proposals().stream().filter(p -> p.kind() == Proposal.Kind.WEIGHT).findFirst().get();
        intake.accept(FRONT_DESK, id, weight.proposalId());
        var diabetes = saved.proposals().stream().filter(p -> p.kind() == Proposal.Kind.CONDITION).findFirst().get();
        intake.accept(FRONT_DESK, id, diabetes.proposalId());
        chart = registry.chart(SYSTEM, id);
        assertThat(chart.patient().weight().value()).isEqualByComparingTo("81.5");
        assertThat(chart.activeConditions()).extracting(c -> c.kind()).containsExactly(ConditionKind.DIABETES);
        assertThatThrownBy(() -> intake.accept(patient(id), id, diabetes.proposalId()))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anAcceptedAnswerCannotBeEditedHereAndNothingIsLost() {
        var id = register(registry, "Accepted");
        intake.saveSafety(FRONT_DESK, id, safety(false, false, false, null, null),
                List.of(new Reported.Allergy("Latex gloves", AllergyClass.LATEX)), List.of());
        var p = intake.open(FRONT_DESK, id).intake().proposals().get(0);
        intake.accept(FRONT_DESK, id, p.proposalId());
        assertThatThrownBy(() -> intake.saveSafety(patient(id), id, safety(true, false, false, null, null), List.of(),
                List.of())).isInstanceOf(FieldRefused.class)
                .satisfies(e -> assertThat(((FieldRefused) e).field()).isEqualTo("accepted"));
        assertThat(intake.open(FRONT_DESK, id).intake().safety().noAllergies()).isEqualTo(NO);
    }

    @Test
    void contradictionsImpossibleDatesAndOutOfRangeWeightsAreRefusedBesideTheirField() {
        var id = register(registry, "Badinput");
        var allergy = List.of(new Reported.Allergy("Sulfa", AllergyClass.OTHER));
        var thinner = List.of(new Reported.Medication("Warfarin", DrugClass.ANTICOAGULANT));
        assertField(() -> intake.saveSafety(FRONT_DESK, id, safety(true, false, false, null, null), allergy, List.of()),
                "noAllergies");
        assertField(() -> intake.saveSafety(FRONT_DESK, id, safety(false, false, false, null, null), List.of(), thinner),
                "bloodThinners");
        assertField(() -> intake.saveSafety(FRONT_DESK, id, safety(true, false, false, new BigDecimal("900"),
                LocalDate.now()), List.of(), List.of()), "weightKg");
        assertField(() -> intake.saveSafety(FRONT_DESK, id, safety(true, false, false, new BigDecimal("70"),
                LocalDate.now().plusDays(3)), List.of(), List.of()), "weightMeasuredOn");
        assertField(() -> intake.saveVisit(FRONT_DESK, id, new VisitAnswers("Pain", null, LocalDate.now().plusYears(1),
                null, null)), "painStartedOn");
        assertField(() -> intake.saveVisit(FRONT_DESK, id, new VisitAnswers("Pain", null, null, 11, null)),
                "baselinePain");
        assertThat(intake.find(id)).isEmpty();
    }

    @Test
    void aPatientReachesOnlyTheirOwnIntakeAndBillingOnlyReads() {
        var id = register(registry, "Ownonly");
        var other = register(registry, "Someoneelse");
        var visit = new VisitAnswers("Back pain", null, null, null, null);
        assertThatThrownBy(() -> intake.saveVisit(patient(other), id, visit)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> intake.open(patient(other), id)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> intake.saveVisit(BILLING, id, visit)).isInstanceOf(ForbiddenException.class);
        assertThat(intake.open(BILLING, id).intake().visit()).isNull();
        assertThat(intake.find(id)).isEmpty();
    }

    static void assertField(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOf(FieldRefused.class)
                .satisfies(e -> assertThat(((FieldRefused) e).field()).isEqualTo(field));
    }

}
