package org.tpiclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.tpiclinic.outcomes.analysis.KaplanMeier;
import org.tpiclinic.outcomes.analysis.KaplanMeier.Observation;
import org.tpiclinic.outcomes.analysis.Wilson;

/** Wilson intervals and a Kaplan-Meier curve with censoring, against values worked out by hand. */
class OutcomeStatisticsTest {

    @Test
    void wilsonIntervalOfSevenOutOfTenMatchesTheHandComputation() {
        // p = 0.7, z^2 = 3.8415: centre (0.7 + 0.19207) / 1.38415 = 0.64449; half-width 1.41601 * 0.17494 = 0.24772
        var interval = Wilson.of(7, 10);
        assertThat(interval.proportion()).isEqualTo(0.7);
        assertThat(interval.low()).isCloseTo(0.3968, within(0.0001));
        assertThat(interval.high()).isCloseTo(0.8922, within(0.0001));
    }

    @Test
    void wilsonIntervalStaysInsideZeroAndOneAtTheExtremes() {
        // 0 of 10: upper bound z^2 / (n + z^2) = 3.8415 / 13.8415 = 0.2775
        assertThat(Wilson.of(0, 10).low()).isZero();
        assertThat(Wilson.of(0, 10).high()).isCloseTo(0.2775, within(0.0001));
        assertThat(Wilson.of(10, 10).low()).isCloseTo(0.7225, within(0.0001));
        assertThat(Wilson.of(10, 10).high()).isEqualTo(1.0);
        assertThat(Wilson.of(0, 0)).as("no one to count: no interval, not 0 %").isNull();
    }

    @Test
    void kaplanMeierWithCensoringMatchesTheHandComputation() {
        // Six sessions: pain back on days 3, 7, 7, 12; still relieved at the last look on days 5 and 10.
        var curve = KaplanMeier.estimate(List.of(new Observation(3, true), new Observation(5, false),
                new Observation(7, true), new Observation(7, true), new Observation(10, false),
                new Observation(12, true)));
        var steps = curve.steps();
        assertThat(steps).extracting(KaplanMeier.Step::day).containsExactly(3, 5, 7, 10, 12);
        assertThat(steps).extracting(KaplanMeier.Step::atRisk).containsExactly(6, 5, 4, 2, 1);
        assertThat(steps.get(0).survival()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(steps.get(1).survival()).as("a censoring does not lower the curve").isCloseTo(5.0 / 6, within(1e-9));
        assertThat(steps.get(2).survival()).isCloseTo(5.0 / 6 * 2 / 4, within(1e-9));
        assertThat(steps.get(3).survival()).isCloseTo(5.0 / 12, within(1e-9));
        assertThat(steps.get(4).survival()).isZero();
        assertThat(curve.median()).isEqualTo(7);
        assertThat(curve.events()).isEqualTo(4);
        assertThat(curve.observations()).isEqualTo(6);
    }

    @Test
    void eventsComeBeforeCensoringsOnTheSameDayAndGroupedCountsGiveTheSameCurve() {
        // Day 4: one event and one censored among 3 at risk: S = 2/3; then 1 at risk, its event makes S = 0.
        var curve = KaplanMeier.fromCounts(Map.of(4, new int[] { 1, 1 }, 9, new int[] { 1, 0 }));
        assertThat(curve.steps().get(0).survival()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(curve.steps().get(1).atRisk()).isEqualTo(1);
        assertThat(curve.steps().get(1).survival()).isZero();
        assertThat(curve.median()).isEqualTo(9);
        assertThat(KaplanMeier.estimate(List.of(new Observation(2, false))).median()).as("never below half").isNull();
    }
}
