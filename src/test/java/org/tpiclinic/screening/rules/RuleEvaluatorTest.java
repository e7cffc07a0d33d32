package org.tpiclinic.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.screening.rules.Fixtures.TODAY;

import java.time.Instant;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.Answer;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.TestSites;

/** Each screening rule, case by case, with the default (seeded) severities. */
class RuleEvaluatorTest {

    static RuleResult result(ScreeningFacts facts, PlannedTreatment plan, RuleId rule) {
        return RuleEvaluator.evaluate(Fixtures.defaults(), facts, plan, Fixtures.ATLAS::nearThorax, TODAY).results().stream()
                .filter(r -> r.rule() == rule).findFirst().orElseThrow();
    }

    static Outcome outcome(FactsBuilder facts, PlannedTreatment plan, RuleId rule) {
        return result(facts.build(), plan, rule).outcome();
    }

    @Test
    void aCleanPatientPassesEveryRuleExceptTheNeckSite() {
        var plan = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false, TestSites.right("UPPER_TRAPEZIUS"));
        var evaluation = RuleEvaluator.evaluate(Fixtures.defaults(), Fixtures.clean(), plan, Fixtures.ATLAS::nearThorax, TODAY);
        assertThat(evaluation.results()).hasSize(RuleId.values().length);
        assertThat(evaluation.warnings()).extracting(RuleResult::rule).containsExactly(RuleId.SITE_NEAR_THORAX);
        assertThat(evaluation.hasHardStop()).isFalse();
        assertThat(evaluation.ruleSetVersion()).isEqualTo(1);
    }

    @ParameterizedTest(name = "{0} allergy, {1} planned -> {2}")
    @CsvSource({
            "AMIDE, LIDOCAINE_1_PLAIN, HARD_STOP", "AMIDE, BUPIVACAINE_025, HARD_STOP",
            "AMIDE, LIDOCAINE_1_MULTI_DOSE, HARD_STOP", "AMIDE, PROCAINE_05, PASS",
            "ESTER, PROCAINE_05, HARD_STOP", "ESTER, LIDOCAINE_1_PLAIN, PASS", "ESTER, BUPIVACAINE_025, PASS",
            "AMIDE, SALINE, PASS", "AMIDE, DRY_NEEDLING, PASS", "LATEX, LIDOCAINE_1_PLAIN, PASS",
            "PARABEN, LIDOCAINE_1_PLAIN, PASS", "SULFITE, BUPIVACAINE_025, PASS" })
    void anAllergyStopsOnlyTheAnaestheticOfItsClass(AllergyClass cls, Agent agent, Outcome expected) {
        var facts = new FactsBuilder().allergy("Something", cls);
        assertThat(outcome(facts, PlannedTreatment.of(agent, false, TestSites.right("GLUTEUS_MEDIUS")),
                RuleId.ALLERGY_AGENT_CLASS)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} allergy, {1} planned -> paraben {2}, sulfite {3}")
    @CsvSource({
            "PARABEN, LIDOCAINE_1_MULTI_DOSE, HARD_STOP, PASS", "PARABEN, LIDOCAINE_1_PLAIN, PASS, PASS",
            "SULFITE, LIDOCAINE_1_WITH_EPINEPHRINE, PASS, HARD_STOP", "SULFITE, LIDOCAINE_1_PLAIN, PASS, PASS",
            "AMIDE, LIDOCAINE_1_MULTI_DOSE, PASS, PASS" })
    void parabenAndSulfiteMatterOnlyWhenTheProductContainsThem(AllergyClass cls, Agent agent, Outcome paraben,
            Outcome sulfite) {
        var facts = new FactsBuilder().allergy("Preservative", cls);
        var plan = PlannedTreatment.of(agent, false, TestSites.right("PIRIFORMIS"));
        assertThat(outcome(facts, plan, RuleId.ALLERGY_PARABEN)).isEqualTo(paraben);
        assertThat(outcome(facts, plan, RuleId.ALLERGY_SULFITE)).isEqualTo(sulfite);
    }

    @Test
    void theReasonNamesTheAllergenAndSaysWhenItWasOnlyReportedByThePatient() {
        var facts = new FactsBuilder();
        facts.allergies.add(new KnownAllergy("Xylocaine", AllergyClass.AMIDE, true));
        var r = result(facts.build(), Fixtures.lidocaineAtGluteus(), RuleId.ALLERGY_AGENT_CLASS);
        assertThat(r.reasonKey()).isEqualTo("screening.reason.ALLERGY_AGENT_CLASS.found");
        assertThat(r.reasonArgs()).containsExactly("Xylocaine (patient-reported)", "amide");
    }

    @Test
    void unaskedAllergiesWarnRatherThanPass() {
        var facts = new FactsBuilder();
        facts.allergiesAnswered = Answer.NOT_ANSWERED;
        assertThat(outcome(facts, Fixtures.lidocaineAtGluteus(), RuleId.ALLERGY_AGENT_CLASS))
                .isEqualTo(Outcome.WARNING);
    }

    @Test
    void aPatientUnsureAboutAllergiesIsToldApartFromOneNotAskedYet() {
        var unsure = new FactsBuilder();
        unsure.allergiesAnswered = Answer.UNSURE;
        var notAsked = new FactsBuilder();
        notAsked.allergiesAnswered = Answer.NOT_ANSWERED;
        for (var rule : java.util.List.of(RuleId.ALLERGY_AGENT_CLASS, RuleId.ALLERGY_STEROID)) {
            var plan = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, true, TestSites.right("GLUTEUS_MEDIUS"));
            var whenUnsure = result(unsure.build(), plan, rule);
            var whenNotAsked = result(notAsked.build(), plan, rule);
            assertThat(whenUnsure.outcome()).as("unsure is never a pass").isEqualTo(Outcome.WARNING);
            assertThat(whenNotAsked.outcome()).isEqualTo(Outcome.WARNING);
            assertThat(whenUnsure.reasonKey()).isEqualTo("screening.reason." + rule + ".unsure");
            assertThat(whenNotAsked.reasonKey()).isEqualTo("screening.reason." + rule + ".unanswered");
        }
    }

    @Test
    void aPatientUnsureAboutBloodThinnersIsAskedToBeCheckedNotAskedAgain() {
        var unsure = new FactsBuilder();
        unsure.thinnerReported = Flag.reported(Answer.UNSURE);
        var notAsked = new FactsBuilder();
        notAsked.thinnerReported = Flag.reported(Answer.NOT_ANSWERED);
        var whenUnsure = result(unsure.build(), Fixtures.lidocaineAtGluteus(), RuleId.BLOOD_THINNER);
        var whenNotAsked = result(notAsked.build(), Fixtures.lidocaineAtGluteus(), RuleId.BLOOD_THINNER);
        assertThat(whenUnsure.reasonKey()).isEqualTo("screening.reason.BLOOD_THINNER.unsure");
        assertThat(whenNotAsked.reasonKey()).isEqualTo("screening.reason.BLOOD_THINNER.unanswered");
        assertThat(whenUnsure.outcome()).isEqualTo(whenNotAsked.outcome()).isEqualTo(Outcome.WARNING);
    }

    @Test
    void aHardStopRuleAnsweredUnsureWarnsAndNeverPasses() {
        var facts = new FactsBuilder();
        facts.infection = Flag.reported(Answer.UNSURE);
        var r = result(facts.build(), Fixtures.lidocaineAtGluteus(), RuleId.INFECTION);
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(r.reasonKey()).isEqualTo("screening.reason.INFECTION.unsure");
        facts.infection = Flag.reported(Answer.YES);
        assertThat(result(facts.build(), Fixtures.lidocaineAtGluteus(), RuleId.INFECTION).outcome())
                .isEqualTo(Outcome.HARD_STOP);
    }

    static Stream<Arguments> flags() {
        return Stream.of(RuleId.BLEEDING_DISORDER, RuleId.INFECTION, RuleId.PREGNANCY,
                RuleId.NEEDLE_FEAR_OR_FAINTING, RuleId.PRIOR_TPI_PROBLEM).flatMap(rule -> Stream.of(
                        Arguments.of(rule, new Flag(true, Answer.NO), "onRecord"),
                        Arguments.of(rule, new Flag(true, Answer.NOT_ANSWERED), "onRecord"),
                        Arguments.of(rule, new Flag(true, Answer.UNSURE), "onRecord"),
                        Arguments.of(rule, new Flag(false, Answer.YES), "reported"),
                        Arguments.of(rule, new Flag(false, Answer.NO), "clear"),
                        Arguments.of(rule, new Flag(false, Answer.NOT_ANSWERED), "unanswered"),
                        Arguments.of(rule, new Flag(false, Answer.UNSURE), "unsure")));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @MethodSource("flags")
    void yesNoRulesLookAtTheRecordAndTheAnswer(RuleId rule, Flag flag, String variant) {
        var facts = new FactsBuilder();
        switch (rule) {
            case BLEEDING_DISORDER -> facts.bleeding = flag;
            case INFECTION -> facts.infection = flag;
            case PREGNANCY -> facts.pregnancy = flag;
            case NEEDLE_FEAR_OR_FAINTING -> facts.needleFear = flag;
            default -> facts.priorProblem = flag;
        }
        var r = result(facts.build(), Fixtures.lidocaineAtGluteus(), rule);
        assertThat(r.reasonKey()).endsWith("." + variant);
        var expected = switch (variant) {
            case "clear" -> Outcome.PASS;
            case "unanswered", "unsure" -> Outcome.WARNING;
            default -> Outcome.of(Fixtures.defaults().rule(rule).severity());
        };
        assertThat(r.outcome()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "steroid {0}, pregnant {1}, diabetic {2} -> {3} / {4}")
    @CsvSource({ "true, true, false, HARD_STOP, PASS", "false, true, false, PASS, PASS",
            "true, false, true, PASS, WARNING", "false, false, true, PASS, PASS", "true, false, false, PASS, PASS" })
    void steroidRulesApplyOnlyWhenASteroidIsPlanned(boolean steroid, boolean pregnant, boolean diabetic,
            Outcome steroidInPregnancy, Outcome diabetesWithSteroid) {
        var facts = new FactsBuilder();
        facts.pregnancy = Flag.reported(Answer.of(pregnant));
        facts.diabetes = new Flag(diabetic, Answer.NO);
        var plan = PlannedTreatment.of(Agent.BUPIVACAINE_025, steroid, TestSites.right("QUADRATUS_LUMBORUM"));
        assertThat(outcome(facts, plan, RuleId.STEROID_IN_PREGNANCY)).isEqualTo(steroidInPregnancy);
        assertThat(outcome(facts, plan, RuleId.DIABETES_WITH_STEROID)).isEqualTo(diabetesWithSteroid);
    }

    @Test
    void bloodThinnersOnTheRecordAreNamed() {
        var facts = new FactsBuilder();
        facts.thinners.add("Apixaban");
        facts.thinners.add("Clopidogrel");
        var r = result(facts.build(), Fixtures.lidocaineAtGluteus(), RuleId.BLOOD_THINNER);
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(r.reasonArgs()).containsExactly("Apixaban, Clopidogrel");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({ "GLUTEUS_MEDIUS, PASS", "RHOMBOIDS, WARNING", "SCALENES, WARNING", "TEMPORALIS, PASS",
            "PECTORALIS_MAJOR, WARNING" })
    void sitesNearTheLungWarn(String site, Outcome expected) {
        assertThat(outcome(new FactsBuilder(), PlannedTreatment.of(Agent.SALINE, false, TestSites.right(site)),
                RuleId.SITE_NEAR_THORAX)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "weighed {0} days ago -> {1}")
    @CsvSource({ "0, PASS", "89, PASS", "90, PASS", "91, WARNING", "400, WARNING" })
    void aWeightOlderThanTheThresholdIsStale(int daysAgo, Outcome expected) {
        var facts = new FactsBuilder();
        facts.weighedOn = TODAY.minusDays(daysAgo);
        assertThat(outcome(facts, Fixtures.lidocaineAtGluteus(), RuleId.WEIGHT_CURRENT)).isEqualTo(expected);
    }

    @Test
    void aMissingWeightWarns() {
        var facts = new FactsBuilder();
        facts.weight = null;
        var r = result(facts.build(), Fixtures.lidocaineAtGluteus(), RuleId.WEIGHT_CURRENT);
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(r.reasonKey()).endsWith(".missing");
    }

    @ParameterizedTest(name = "{0} weeks -> {1}")
    @CsvSource({ "0, INFORMATION", "5, INFORMATION", "6, PASS", "12, PASS" })
    void lessConservativeCareThanPayersExpectIsInformation(int weeks, Outcome expected) {
        var facts = new FactsBuilder();
        facts.careWeeks = weeks;
        assertThat(outcome(facts, Fixtures.lidocaineAtGluteus(), RuleId.CONSERVATIVE_CARE)).isEqualTo(expected);
    }

    @Test
    void thresholdsComeFromTheRuleSet() {
        var facts = new FactsBuilder();
        facts.careWeeks = 7;
        var stricter = Fixtures.defaults().change(RuleId.CONSERVATIVE_CARE, RuleSeverity.WARNING, 8, "admin",
                "payer now asks 8 weeks", java.time.Instant.EPOCH);
        var r = RuleEvaluator.evaluate(stricter, facts.build(), Fixtures.lidocaineAtGluteus(), Fixtures.ATLAS::nearThorax, TODAY).results()
                .stream().filter(x -> x.rule() == RuleId.CONSERVATIVE_CARE).findFirst().orElseThrow();
        assertThat(r.outcome()).isEqualTo(Outcome.WARNING);
        assertThat(r.reasonArgs()).containsExactly("7", "8");
    }
}
