package org.tpiclinic.screening.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.TestSites;
import org.tpiclinic.screening.rules.Evaluation;
import org.tpiclinic.screening.rules.Outcome;
import org.tpiclinic.screening.rules.RuleId;
import org.tpiclinic.screening.rules.RuleResult;
import org.tpiclinic.shared.FieldRefused;

/** The rules a clinician's review must follow, without a database: what it refuses, what it clears. */
class ScreeningReviewTest {

    static final UUID PATIENT = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final Duration VALID = Duration.ofDays(30);
    static final ScreeningReview.Reviewer BY = new ScreeningReview.Reviewer("dr.ames", "Dr. Ames");
    static final PlannedTreatment PLAN = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
            TestSites.left("UPPER_TRAPEZIUS"));
    static final PlannedTreatment NO_SIDE = new PlannedTreatment(Agent.LIDOCAINE_1_PLAIN, false,
            Set.of(), Set.of("UPPER_TRAPEZIUS"));

    static Evaluation evaluation(RuleResult... results) {
        return new Evaluation(3, "facts-1", List.of(results));
    }

    static RuleResult result(RuleId rule, Outcome outcome) {
        return new RuleResult(rule, outcome, "rule." + rule, List.of());
    }

    static ScreeningReview decide(Evaluation evaluation, Decision decision, Map<RuleId, String> reasons) {
        return decide(PLAN, evaluation, decision, reasons);
    }

    static ScreeningReview decide(PlannedTreatment plan, Evaluation evaluation, Decision decision,
            Map<RuleId, String> reasons) {
        return ScreeningReview.decide(PATIENT, plan, evaluation, decision, reasons, null, BY, NOW, VALID);
    }

    static String refusedField(Runnable review) {
        var refused = catchThrowableOfType(FieldRefused.class, review::run);
        assertThat(refused).as("refused").isNotNull();
        return refused.field() + " " + refused.messageKey();
    }

    @Test
    void refusesAReviewWithoutADecision() {
        assertThat(refusedField(() -> decide(evaluation(), null, Map.of())))
                .isEqualTo("decision screening.review.error.decision");
    }

    @Test
    void refusesToClearAPlanWhoseMusclesHaveNoSide() {
        assertThat(refusedField(() -> decide(NO_SIDE, evaluation(), Decision.ELIGIBLE, Map.of())))
                .isEqualTo("sites screening.review.error.side");
    }

    @ParameterizedTest
    @EnumSource(value = Decision.class, names = { "ELIGIBLE", "ELIGIBLE_WITH_WARNINGS" })
    void noEligibleDecisionGetsPastAHardStop(Decision decision) {
        var stopped = evaluation(result(RuleId.INFECTION, Outcome.HARD_STOP));
        assertThat(refusedField(() -> decide(stopped, decision, Map.of(RuleId.INFECTION, "looked fine"))))
                .isEqualTo("decision screening.review.error.hardStop");
    }

    @Test
    void aHardStopMayBeRecordedAsNotEligible() {
        var review = decide(evaluation(result(RuleId.INFECTION, Outcome.HARD_STOP)), Decision.NOT_ELIGIBLE, Map.of());
        assertThat(review.decision()).isEqualTo(Decision.NOT_ELIGIBLE);
        assertThat(review.clears(PLAN, "facts-1", NOW)).isFalse();
    }

    @Test
    void warningsCannotBeWavedThroughAsPlainEligible() {
        var warned = evaluation(result(RuleId.BLOOD_THINNER, Outcome.WARNING));
        assertThat(refusedField(() -> decide(warned, Decision.ELIGIBLE, Map.of())))
                .isEqualTo("decision screening.review.error.warningsPresent");
    }

    @Test
    void everyWarningNeedsItsOwnReasonAndTheRefusalNamesIt() {
        var warned = evaluation(result(RuleId.BLOOD_THINNER, Outcome.WARNING),
                result(RuleId.STEROID_USE, Outcome.WARNING));
        assertThat(refusedField(() -> decide(warned, Decision.ELIGIBLE_WITH_WARNINGS,
                Map.of(RuleId.BLOOD_THINNER, "INR 2.1 this week", RuleId.STEROID_USE, "  "))))
                .isEqualTo("reasons[STEROID_USE] screening.review.error.reason");
    }

    @Test
    void acknowledgedWarningsKeepTheirReasonsTrimmed() {
        var warned = evaluation(result(RuleId.BLOOD_THINNER, Outcome.WARNING), result(RuleId.PREGNANCY,
                Outcome.PASS));
        var review = decide(warned, Decision.ELIGIBLE_WITH_WARNINGS,
                Map.of(RuleId.BLOOD_THINNER, "  INR 2.1 this week  "));
        assertThat(review.acknowledgements()).extracting(Acknowledgement::reason).containsExactly("INR 2.1 this week");
        assertThat(review.results()).isEqualTo("BLOOD_THINNER=WARNING;PREGNANCY=PASS");
        assertThat(review.validUntil()).isEqualTo(NOW.plus(VALID));
    }

    @Test
    void clearsOnlyTheSamePlanOnTheSameFactsBeforeItExpires() {
        var review = decide(evaluation(result(RuleId.PREGNANCY, Outcome.PASS)), Decision.ELIGIBLE, Map.of());
        assertThat(review.clears(PLAN, "facts-1", NOW.plus(Duration.ofDays(29)))).isTrue();
        assertThat(review.clears(PLAN, "facts-1", NOW.plus(VALID))).as("expired").isFalse();
        assertThat(review.clears(PLAN, "facts-2", NOW)).as("facts changed").isFalse();
        assertThat(review.clears(PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
                TestSites.right("UPPER_TRAPEZIUS")), "facts-1", NOW)).as("other side").isFalse();
        assertThat(review.clears(NO_SIDE, "facts-1", NOW)).as("plan without sides").isFalse();
    }

    @Test
    void aNoteIsKeptTrimmedAndABlankOneIsNone() {
        var noted = ScreeningReview.decide(PATIENT, PLAN, evaluation(), Decision.ELIGIBLE, Map.of(), "  ok  ", BY,
                NOW, VALID);
        var blank = ScreeningReview.decide(PATIENT, PLAN, evaluation(), Decision.ELIGIBLE, Map.of(), "   ", BY,
                NOW, VALID);
        assertThat(noted.note()).isEqualTo("ok");
        assertThat(blank.note()).isNull();
        assertThatThrownBy(() -> decide(evaluation(), null, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
