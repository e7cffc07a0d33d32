package org.tpiclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.outcomes.analysis.PainCourse;
import org.tpiclinic.outcomes.analysis.PainCourse.Status;
import org.tpiclinic.outcomes.analysis.PainScore;
import org.tpiclinic.outcomes.analysis.SessionMark;
import org.tpiclinic.outcomes.analysis.Thresholds;

/** One patient's course against hand-worked numbers, and the bad input a real record has. */
class PainCourseTest {

    static final Thresholds T = new Thresholds(new BigDecimal("2"), new BigDecimal("30"), new BigDecimal("50"),
            BigDecimal.ONE, 14, 42, 10, 6);
    static final UUID S1 = UUID.randomUUID();
    static final UUID S2 = UUID.randomUUID();

    static PainScore score(String on, Occasion occasion, UUID session, int value) {
        var date = LocalDate.parse(on);
        return new PainScore(date, date.atTime(10, 0).toInstant(ZoneOffset.UTC), occasion, session,
                BigDecimal.valueOf(value));
    }

    static List<PainScore> twoSessions() {
        return new ArrayList<>(List.of(score("2026-01-01", Occasion.BASELINE, null, 8),
                score("2026-01-10", Occasion.PRE_SESSION, S1, 8), score("2026-01-10", Occasion.POST_SESSION, S1, 3),
                score("2026-01-11", Occasion.CHECK_IN, S1, 3), score("2026-01-17", Occasion.CHECK_IN, S1, 4),
                score("2026-01-24", Occasion.CHECK_IN, S1, 5), score("2026-02-01", Occasion.PRE_SESSION, S2, 7),
                score("2026-02-01", Occasion.POST_SESSION, S2, 2), score("2026-02-02", Occasion.CHECK_IN, S2, 2),
                score("2026-02-08", Occasion.CHECK_IN, S2, 3), score("2026-02-15", Occasion.CHECK_IN, S2, 3),
                score("2026-03-15", Occasion.FOLLOW_UP, null, 4)));
    }

    static List<SessionMark> sessions() {
        return List.of(new SessionMark(S2, LocalDate.parse("2026-02-01")),
                new SessionMark(S1, LocalDate.parse("2026-01-10")));
    }

    @Test
    void changeResponderStatusAndReliefFollowTheHandWorkedCourse() {
        var course = PainCourse.of(twoSessions(), sessions(), T);
        assertThat(course.baseline().value()).isEqualByComparingTo("8");
        assertThat(course.baseline().fromFirstSession()).isFalse();
        // Latest 4 against baseline 8: 4 points, 50 %: substantial.
        assertThat(course.changePoints()).isEqualByComparingTo("4");
        assertThat(course.changePercent()).isEqualByComparingTo("50.0");
        assertThat(course.status()).isEqualTo(Status.SUBSTANTIAL);

        var first = course.sessions().get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.session()).isEqualTo(S1);
        // Day 14 after 10 January is 24 January: 5, so 3 points, 37.5 %: a responder, not substantial.
        assertThat(first.responseOn()).isEqualTo(LocalDate.parse("2026-01-24"));
        assertThat(first.changePercent()).isEqualByComparingTo("37.5");
        assertThat(first.responder()).isTrue();
        assertThat(first.substantial()).isFalse();
        // Pre-session 8, margin 1: pain is back at 7 or more, first on 1 February (the next pre-score), day 22.
        assertThat(first.reliefDays()).isEqualTo(22);
        assertThat(first.reliefEnded()).isTrue();

        var second = course.sessions().get(1);
        // Day 14 is 15 February: 3, so 5 points, 62.5 %.
        assertThat(second.response()).isEqualByComparingTo("3");
        assertThat(second.changePercent()).isEqualByComparingTo("62.5");
        assertThat(second.substantial()).isTrue();
        // Pre 7: never back to 6 or more; censored at the last score, 15 March, day 42.
        assertThat(second.reliefDays()).isEqualTo(42);
        assertThat(second.reliefEnded()).isFalse();
        assertThat(course.notes()).isEmpty();
    }

    @Test
    void withoutABaselineFormTheFirstPreSessionScoreIsTheBaselineAndThePageIsTold() {
        var scores = twoSessions();
        scores.remove(0);
        var course = PainCourse.of(scores, sessions(), T);
        assertThat(course.baseline().fromFirstSession()).isTrue();
        assertThat(course.baseline().value()).isEqualByComparingTo("8");
        assertThat(course.notes()).containsExactly("baselineFromFirstSession");
    }

    @Test
    void noBaselineAtAllGivesNoChangeAndNoResponderStatus() {
        var course = PainCourse.of(List.of(score("2026-01-20", Occasion.CHECK_IN, S1, 4),
                score("2026-01-27", Occasion.CHECK_IN, S1, 6)), List.of(new SessionMark(S1, LocalDate.parse("2026-01-10"))), T);
        assertThat(course.baseline()).isNull();
        assertThat(course.changePoints()).isNull();
        assertThat(course.status()).isEqualTo(Status.NOT_EVALUABLE);
        assertThat(course.notes()).contains("noBaseline");
        assertThat(course.sessions().get(0).responder()).isNull();
        assertThat(course.sessions().get(0).responseNote()).isEqualTo("noBaseline");
        assertThat(course.sessions().get(0).reliefNote()).isEqualTo("noPreScore");
    }

    @Test
    void aBaselineOfZeroHasNoPercentAndIsNotCountedAsAResponder() {
        var course = PainCourse.of(List.of(score("2026-01-01", Occasion.BASELINE, null, 0),
                score("2026-01-10", Occasion.PRE_SESSION, S1, 0), score("2026-01-24", Occasion.CHECK_IN, S1, 0)),
                List.of(new SessionMark(S1, LocalDate.parse("2026-01-10"))), T);
        assertThat(course.changePercent()).isNull();
        assertThat(course.notes()).contains("baselineZero");
        assertThat(course.sessions().get(0).responder()).isNull();
        assertThat(course.sessions().get(0).responseNote()).isEqualTo("baselineZero");
        assertThat(course.sessions().get(0).reliefNote()).isEqualTo("preTooLow");
    }

    @Test
    void oneDataPointIsShownAsSuchWithoutAChange() {
        var course = PainCourse.of(List.of(score("2026-01-01", Occasion.BASELINE, null, 6)), List.of(), T);
        assertThat(course.scores()).hasSize(1);
        assertThat(course.changePoints()).isNull();
        assertThat(course.status()).isEqualTo(Status.NOT_EVALUABLE);
        assertThat(course.notes()).containsExactly("onePoint");
    }

    @Test
    void outOfRangeAndRepeatedScoresAreSetAsideAndNamedAndAGapIsNamed() {
        var scores = twoSessions();
        scores.add(score("2026-01-17", Occasion.CHECK_IN, S1, 4)); // the same check-in twice
        scores.add(score("2026-01-18", Occasion.CHECK_IN, S1, 14)); // out of range
        scores.add(score("2026-09-01", Occasion.FOLLOW_UP, null, 4)); // after a gap of months
        var course = PainCourse.of(scores, sessions(), T);
        assertThat(course.scores()).hasSize(13);
        assertThat(course.notes()).containsExactlyInAnyOrder("duplicate", "outOfRange", "gap");
        assertThat(course.sessions().get(0).reliefDays()).as("unchanged by the bad rows").isEqualTo(22);
    }

    @Test
    void aSessionWithNoLaterScoreHasNoResponseAndNoRelief() {
        var course = PainCourse.of(List.of(score("2026-01-01", Occasion.BASELINE, null, 7),
                score("2026-01-10", Occasion.PRE_SESSION, S1, 7), score("2026-01-10", Occasion.POST_SESSION, S1, 1)),
                List.of(new SessionMark(S1, LocalDate.parse("2026-01-10"))), T);
        var result = course.sessions().get(0);
        assertThat(result.responseNote()).isEqualTo("noResponse");
        assertThat(result.reliefNote()).isEqualTo("noScoreAfter");
        // The latest course score is the pre-session 7 (the just-after 1 shows the anaesthetic): no change.
        assertThat(course.changePoints()).isEqualByComparingTo("0");
        assertThat(course.status()).isEqualTo(Status.NOT_RESPONDER);
    }
}
