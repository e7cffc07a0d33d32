package org.tpiclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.outcomes.analysis.Thresholds;

class PracticeTallyTest {

    static final Thresholds ONE = Thresholds.of(Map.of("RESPONDER_POINTS", BigDecimal.valueOf(2), "RESPONDER_PERCENT",
            BigDecimal.valueOf(30), "SUBSTANTIAL_PERCENT", BigDecimal.valueOf(50), "RELIEF_MARGIN", BigDecimal.ONE,
            "RESPONSE_DAY", BigDecimal.valueOf(14), "RESPONSE_WINDOW", BigDecimal.valueOf(42), "MIN_GROUP_PATIENTS",
            BigDecimal.ONE, "FOLLOW_UP_MONTHS", BigDecimal.valueOf(6)));
    static final UUID DR = UUID.randomUUID();
    static final UUID P1 = UUID.fromString("10000000-0000-0000-0000-000000000000");
    static final UUID P2 = UUID.fromString("f0000000-0000-0000-0000-000000000000");

    static PracticeTally.Session session(UUID patient, int number, Boolean responder, String muscles) {
        return new PracticeTally.Session(patient, number, true, false, DR, null, responder, false, 10, true, muscles,
                "NECK");
    }

    @Test
    void aPatientWithSeveralSessionsInAGroupCountsOnceAndEachSessionCounts() {
        var tally = new PracticeTally();
        tally.add(session(P1, 1, true, "UPPER_TRAPEZIUS"));
        tally.add(session(P1, 2, false, "SPLENIUS_CAPITIS,UPPER_TRAPEZIUS"));
        tally.add(session(P2, 1, null, "UPPER_TRAPEZIUS"));
        var report = tally.report(PracticeFilter.none(), ONE);
        assertThat(report.patients()).isEqualTo(2);
        assertThat(report.sessions()).isEqualTo(3);
        var muscles = report.breakdowns().get(1);
        assertThat(muscles.dimension()).isEqualTo("muscle");
        assertThat(muscles.groups()).extracting(r -> r.group() + " " + r.patients() + "/" + r.had() + "/"
                + r.evaluable()).containsExactly("SPLENIUS_CAPITIS 1/1/1", "UPPER_TRAPEZIUS 2/3/2");
        assertThat(report.breakdowns().get(0).groups().get(0).patients()).as("NECK").isEqualTo(2);
        assertThat(report.afterSession().get(0).patients()).isEqualTo(2);
        assertThat(report.afterSession().get(0).responders().successes()).isEqualTo(1);
        assertThat(report.reliefPatients()).isEqualTo(2);
        assertThat(report.relief().steps()).singleElement().satisfies(s -> assertThat(s.events()).isEqualTo(3));
    }

    @Test
    void sessionsInAnyOrderCountEachPatientOncePerGroup() {
        var tally = new PracticeTally();
        tally.add(session(P1, 1, true, "UPPER_TRAPEZIUS"));
        tally.add(session(P2, 1, false, "UPPER_TRAPEZIUS"));
        tally.add(session(P1, 2, true, "UPPER_TRAPEZIUS"));
        tally.add(session(P2, 2, null, "SPLENIUS_CAPITIS"));
        var report = tally.report(PracticeFilter.none(), ONE);
        assertThat(report.patients()).isEqualTo(2);
        assertThat(report.breakdowns().get(1).groups()).extracting(r -> r.group() + " " + r.patients() + "/"
                + r.had()).containsExactly("SPLENIUS_CAPITIS 1/1", "UPPER_TRAPEZIUS 2/3");
        assertThat(report.breakdowns().get(4).groups()).singleElement()
                .satisfies(r -> assertThat(r.patients()).isEqualTo(2));
        assertThat(report.afterSession()).extracting(PracticeReport.Rate::patients).containsExactly(2L, 2L, 0L);
    }
}
