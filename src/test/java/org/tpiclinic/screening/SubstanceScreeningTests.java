package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tpiclinic.screening.Answer.NO;
import static org.tpiclinic.screening.Answer.YES;
import static org.tpiclinic.screening.ScreeningFixtures.CLINICIAN;
import static org.tpiclinic.screening.ScreeningFixtures.FRONT_DESK;
import static org.tpiclinic.screening.ScreeningFixtures.SYSTEM;
import static org.tpiclinic.screening.ScreeningFixtures.eightWeeksOfPhysio;
import static org.tpiclinic.screening.ScreeningFixtures.patient;
import static org.tpiclinic.screening.ScreeningFixtures.register;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;
import org.tpiclinic.patients.SubstanceCatalog;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.Proposal;
import org.tpiclinic.screening.intake.Reported;
import org.tpiclinic.screening.intake.SafetyAnswers;
import org.tpiclinic.screening.rules.Outcome;
import org.tpiclinic.screening.rules.RuleId;
import org.tpiclinic.screening.rules.RuleResult;
import org.tpiclinic.screening.rules.RuleSeverity;
import org.tpiclinic.screening.rules.ScreeningRules;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;

/**
 * Medicines and allergies recognised whatever the patient typed, through the intake, the record and screening,
 * against the real database and the migrated rule set.
 */
@SpringBootTest
class SubstanceScreeningTests {

    static final PlannedTreatment LIDOCAINE = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
            TestSites.left("GLUTEUS_MEDIUS"));
    static final PlannedTreatment LIDOCAINE_WITH_STEROID = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true,
            TestSites.left("GLUTEUS_MEDIUS"));
    static final PlannedTreatment DRY_NEEDLING = PlannedTreatment.of(Agent.DRY_NEEDLING, false,
            TestSites.left("GLUTEUS_MEDIUS"));

    @Autowired
    PatientRegistry registry;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    Screening screening;
    @Autowired
    ScreeningRules rules;
    @Autowired
    SubstanceCatalog catalog;

    static SafetyAnswers answers(boolean noAllergies, boolean thinners, String other) {
        return new SafetyAnswers(Answer.of(noAllergies), Answer.of(thinners), other, NO, NO, NO, NO, NO, NO, NO, NO,
                YES, null, null, NO, null);
    }

    void report(UUID id, SafetyAnswers answers, List<Reported.Allergy> allergies, List<String> medications) {
        var meds = new ArrayList<Reported.Medication>(
                medications.stream().map(m -> Reported.Medication.classify(m, catalog)).toList());
        if (answers.otherMedications() != null) {
            meds.addAll(Reported.Medication.namedIn(answers.otherMedications(), catalog));
        }
        intake.saveSafety(patient(id), id, answers, allergies, meds);
        intake.saveCare(patient(id), id, eightWeeksOfPhysio());
    }

    RuleResult result(UUID id, PlannedTreatment plan, RuleId rule) {
        return screening.evaluate(CLINICIAN, id, plan).screened().evaluation().results().stream()
                .filter(r -> r.rule() == rule).findFirst().orElseThrow();
    }

    Proposal pending(UUID id, Proposal.Kind kind) {
        return intake.find(id).orElseThrow().awaitingReview().stream().filter(p -> p.kind() == kind).findFirst()
                .orElseThrow();
    }

    @Test
    void warfarinWithItsBrandAndDoseIsABloodThinnerEvenWhenThePatientAnswersNo() {
        var id = register(registry, "Coumadin");
        assertThatThrownBy(() -> report(id, answers(true, false, null), List.of(),
                List.of("warfarin (Coumadin) 3mg"))).isInstanceOf(FieldRefused.class)
                .extracting(e -> ((FieldRefused) e).field()).isEqualTo("bloodThinners");

        report(id, answers(true, true, null), List.of(), List.of("warfarin (Coumadin) 3mg"));
        var reported = result(id, LIDOCAINE, RuleId.BLOOD_THINNER);
        assertThat(reported.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(reported.reasonArgs()).containsExactly("warfarin (Coumadin) 3mg (anticoagulant, patient-reported)");

        var medication = pending(id, Proposal.Kind.MEDICATION);
        assertThat(medication.drugClass()).isEqualTo(DrugClass.ANTICOAGULANT);
        intake.accept(FRONT_DESK, id, medication.proposalId());
        assertThat(registry.chart(SYSTEM, id).activeMedications()).singleElement()
                .satisfies(m -> assertThat(m.drugClass()).isEqualTo(DrugClass.ANTICOAGULANT));
        assertThat(result(id, LIDOCAINE, RuleId.BLOOD_THINNER).outcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void anNsaidOnTheRecordAndABlooodThinnerNamedInTheFreeTextBothCount() {
        var id = register(registry, "Advil");
        registry.addMedication(SYSTEM, id, "Ibuprofen", DrugClass.NSAID, "400 mg");
        report(id, answers(true, true, "fish oil and Eliquis"), List.of(), List.of());
        var result = result(id, LIDOCAINE, RuleId.BLOOD_THINNER);
        assertThat(result.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(result.reasonKey()).endsWith(".onRecord");
        assertThat(String.join(" ", result.reasonArgs())).contains("Ibuprofen (nsaid)").contains("eliquis");
    }

    @Test
    void aLidocaineAllergyRecordedAsOtherOrTypedAsNotSureStillStopsLidocaine() {
        var recorded = register(registry, "Lidoother");
        report(recorded, answers(false, false, null), List.of(), List.of());
        registry.addAllergy(SYSTEM, recorded, "Lidocaine", AllergyClass.OTHER, ReactionType.HIVES_OR_RASH,
                Severity.MODERATE);
        assertThat(result(recorded, LIDOCAINE, RuleId.ALLERGY_AGENT_CLASS).outcome()).isEqualTo(Outcome.HARD_STOP);

        var typed = register(registry, "Xylotyped");
        report(typed, answers(false, false, null), List.of(Reported.Allergy.classify("Xylocaine", null,
                ReactionType.SWELLING, Severity.SEVERE, catalog)), List.of());
        assertThat(result(typed, LIDOCAINE, RuleId.ALLERGY_AGENT_CLASS).outcome()).isEqualTo(Outcome.HARD_STOP);
        var allergy = pending(typed, Proposal.Kind.ALLERGY);
        intake.accept(FRONT_DESK, typed, allergy.proposalId());
        assertThat(registry.chart(SYSTEM, typed).activeAllergies()).singleElement().satisfies(a -> {
            assertThat(a.allergyClass()).isEqualTo(AllergyClass.AMIDE);
            assertThat(a.reactionType()).isEqualTo(ReactionType.SWELLING);
            assertThat(a.severity()).isEqualTo(Severity.SEVERE);
        });
    }

    @Test
    void anAllergyTheCatalogueDoesNotKnowIsNeverAPassAndOnlyAClinicianMapsIt() {
        var id = register(registry, "Unmapped");
        report(id, answers(false, false, null), List.of(Reported.Allergy.classify("the blue numbing cream",
                AllergyClass.OTHER, null, null, catalog)), List.of());
        var allergy = pending(id, Proposal.Kind.ALLERGY);
        assertThat(allergy.allergyClass()).isNull();
        var result = result(id, LIDOCAINE, RuleId.ALLERGY_AGENT_CLASS);
        assertThat(result.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(result.reasonKey()).endsWith(".unclassified");

        assertThatThrownBy(() -> intake.accept(FRONT_DESK, id, allergy.proposalId()))
                .isInstanceOf(FieldRefused.class);
        assertThatThrownBy(() -> intake.accept(FRONT_DESK, id, allergy.proposalId(), AllergyClass.OTHER, null))
                .isInstanceOf(ForbiddenException.class);
        assertThat(registry.chart(SYSTEM, id).activeAllergies()).isEmpty();

        intake.accept(CLINICIAN, id, allergy.proposalId(), AllergyClass.AMIDE, null);
        assertThat(registry.chart(SYSTEM, id).activeAllergies()).singleElement()
                .satisfies(a -> assertThat(a.allergyClass()).isEqualTo(AllergyClass.AMIDE));
        assertThat(result(id, LIDOCAINE, RuleId.ALLERGY_AGENT_CLASS).outcome()).isEqualTo(Outcome.HARD_STOP);
    }

    @Test
    void aCorticosteroidAllergyStopsOnlyAPlanWithASteroid() {
        var id = register(registry, "Kenalog");
        report(id, answers(false, false, null), List.of(Reported.Allergy.classify("Kenalog-40", null, null, null,
                catalog)), List.of());
        assertThat(result(id, LIDOCAINE_WITH_STEROID, RuleId.ALLERGY_STEROID).outcome())
                .isEqualTo(Outcome.HARD_STOP);
        assertThat(result(id, LIDOCAINE, RuleId.ALLERGY_STEROID).outcome()).isEqualTo(Outcome.PASS);
        assertThat(result(id, LIDOCAINE, RuleId.ALLERGY_AGENT_CLASS).outcome()).isEqualTo(Outcome.PASS);
    }

    @Test
    void numbingProblemsSteroidUseHeartOrLiverAndImmunosuppressionFeedTheirRules() {
        var id = register(registry, "Answers");
        var answers = new SafetyAnswers(YES, NO, null, YES, NO, NO, YES, NO, NO, YES, NO, YES,
                null, null, YES, "I fainted at the dentist");
        intake.saveSafety(patient(id), id, answers, List.of(), List.of());
        intake.saveCare(patient(id), id, eightWeeksOfPhysio());

        var numbing = result(id, LIDOCAINE, RuleId.NUMBING_PROBLEM);
        assertThat(numbing.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(numbing.reasonArgs()).containsExactly("I fainted at the dentist");
        assertThat(result(id, LIDOCAINE, RuleId.HEART_OR_LIVER).outcome()).isEqualTo(Outcome.WARNING);
        assertThat(result(id, LIDOCAINE, RuleId.IMMUNOSUPPRESSION).outcome()).isEqualTo(Outcome.WARNING);
        assertThat(result(id, LIDOCAINE, RuleId.STEROID_USE).outcome()).isEqualTo(Outcome.PASS);
        assertThat(result(id, LIDOCAINE_WITH_STEROID, RuleId.STEROID_USE).outcome()).isEqualTo(Outcome.WARNING);
        assertThat(result(id, DRY_NEEDLING, RuleId.NUMBING_PROBLEM).outcome()).isEqualTo(Outcome.PASS);
        assertThat(result(id, DRY_NEEDLING, RuleId.HEART_OR_LIVER).outcome()).isEqualTo(Outcome.PASS);
        assertThat(pending(id, Proposal.Kind.CONDITION).label()).isEqualTo("IMMUNOSUPPRESSION");

        assertThatThrownBy(() -> intake.saveSafety(patient(id), id, new SafetyAnswers(YES, NO, null, NO,
                NO, NO, YES, NO, NO, NO, NO, YES, null, null, NO, " "), List.of(), List.of()))
                .isInstanceOf(FieldRefused.class).extracting(e -> ((FieldRefused) e).field())
                .isEqualTo("numbingDetails");
    }

    @Test
    void thePatientsNoAllergiesBecomesNoKnownAllergiesOnlyWhenStaffAcceptIt() {
        var id = register(registry, "Noallergy");
        report(id, answers(true, false, null), List.of(), List.of());
        assertThat(registry.chart(SYSTEM, id).noKnownAllergiesAffirmed()).isFalse();

        intake.accept(FRONT_DESK, id, pending(id, Proposal.Kind.NO_ALLERGIES).proposalId());
        assertThat(registry.chart(SYSTEM, id).noKnownAllergiesAffirmed()).isTrue();

        // Listing an allergy later is allowed, waits for review, and once accepted withdraws the affirmation.
        report(id, answers(false, false, null), List.of(new Reported.Allergy("Latex", AllergyClass.LATEX)),
                List.of());
        intake.accept(FRONT_DESK, id, pending(id, Proposal.Kind.ALLERGY).proposalId());
        assertThat(registry.chart(SYSTEM, id).noKnownAllergiesAffirmed()).isFalse();
        assertThat(registry.chart(SYSTEM, id).noKnownAllergies()).isNull();
    }

    @Test
    void theWeightMattersOnlyWhereADoseIsComputed() {
        var id = register(registry, "Noweight");
        registry.update(SYSTEM, id, registry.chart(SYSTEM, id).patient().version(), withoutWeight(id));
        report(id, answers(true, false, null), List.of(), List.of());
        assertThat(result(id, LIDOCAINE, RuleId.WEIGHT_CURRENT).outcome()).isEqualTo(Outcome.WARNING);
        assertThat(result(id, DRY_NEEDLING, RuleId.WEIGHT_CURRENT).outcome()).isEqualTo(Outcome.PASS);
        assertThat(result(id, PlannedTreatment.of(Agent.SALINE, false, TestSites.left("GLUTEUS_MEDIUS")),
                RuleId.WEIGHT_CURRENT).outcome()).isEqualTo(Outcome.PASS);
        assertThat(result(id, PlannedTreatment.of(Agent.SALINE, true, TestSites.left("GLUTEUS_MEDIUS")),
                RuleId.WEIGHT_CURRENT).outcome()).isEqualTo(Outcome.WARNING);
    }

    private PatientDetails withoutWeight(UUID id) {
        var d = registry.chart(SYSTEM, id).patient().details();
        return new PatientDetails(d.givenName(), d.familyName(), d.preferredName(),
                d.dateOfBirth(), d.sex(), d.phone(), d.email(), d.addressLine(), d.city(), d.region(), d.postalCode(),
                d.preferredLanguage(), null, null);
    }

    @Test
    void everyRuleNamesItsPublicationAndAllergyAndInfectionStayHardStops() {
        var current = rules.current();
        assertThat(current.inOrder()).hasSize(RuleId.values().length).allSatisfy(rule -> {
            assertThat(rule.source()).as(rule.id().name()).doesNotStartWith("Reference")
                    .containsAnyOf("http", "doi:");
            if (rule.id().fixedHardStop()) {
                assertThat(rule.severity()).isEqualTo(RuleSeverity.HARD_STOP);
            }
        });
        for (var fixed : List.of(RuleId.ALLERGY_AGENT_CLASS, RuleId.ALLERGY_STEROID, RuleId.INFECTION)) {
            assertThatThrownBy(() -> rules.change(ScreeningFixtures.ADMIN, current.version(), fixed,
                    RuleSeverity.WARNING, null, "fewer stops")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(rules.current().version()).isEqualTo(current.version());
    }
}
