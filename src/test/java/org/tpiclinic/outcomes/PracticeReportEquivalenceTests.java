package org.tpiclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The report read from the read model equals, figure for figure, the report computed as before (sessions joined to
 * their sites, sides removed at read time; {@link LegacyPracticeReport}) for every kind of filter, over a
 * practice of 400 generated patients whose sessions treat one or two sites (some a muscle on both sides, some two
 * regions), with three clinicians and a location missing on some sessions.
 */
// A context (and database) of its own: the figures are of this practice only.
@SpringBootTest(properties = "tpi.outcomes.test-practice=equivalence")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PracticeReportEquivalenceTests {

    static final UUID C1 = UUID.fromString("00000000-0000-0000-0000-0000000000c1");
    static final UUID C2 = UUID.fromString("00000000-0000-0000-0000-0000000000c2");
    static final UUID C3 = UUID.fromString("00000000-0000-0000-0000-0000000000c3");
    static final UUID L1 = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    static final UUID L2 = UUID.fromString("00000000-0000-0000-0000-0000000000a2");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    OutcomeLoader loader;
    @Autowired
    OutcomeRecords records;
    @Autowired
    PracticeOutcomes practice;

    @BeforeEach
    void generatedPractice() {
        if (jdbc.sql("SELECT COUNT(*) FROM outcome_sessions").query(Long.class).single() > 0) {
            return;
        }
        var random = new Random(14);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var patients = new ArrayList<Object[]>();
        var sessions = new ArrayList<OutcomeLoader.SessionRow>();
        var scores = new ArrayList<OutcomeLoader.ScoreRow>();
        for (int i = 0; i < 400; i++) {
            UUID id = UUID.randomUUID();
            patients.add(new Object[] { id, 0L, String.format("EQ%07d", i), "Equal" + i, "Report",
                    LocalDate.of(1950 + i % 50, 1 + i % 12, 1 + i % 28), i % 2 == 0 ? "FEMALE" : "MALE", "English",
                    "report equal" + i, now });
            Trajectories.generate(random, id, List.of(C1, C2, C3), Arrays.asList(L1, L2, null),
                    TODAY.minusDays(20 + random.nextInt(330)), TODAY, sessions, scores);
        }
        template.batchUpdate("""
                INSERT INTO patients (id, version, mrn, given_name, family_name, date_of_birth, sex,
                                      preferred_language, name_key, registered_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", patients);
        loader.load(sessions, scores);
        loader.recomputeAll();
    }

    static List<PracticeFilter> filters() {
        return List.of(PracticeFilter.none(),
                new PracticeFilter("NECK", null, null, null, null, null, null, null),
                new PracticeFilter("LOW_BACK", null, null, null, null, null, null, null),
                new PracticeFilter(null, "UPPER_TRAPEZIUS", null, null, null, null, null, null),
                new PracticeFilter(null, "QUADRATUS_LUMBORUM", null, null, null, null, null, null),
                new PracticeFilter(null, null, "INJECTATE", null, null, null, null, null),
                new PracticeFilter(null, null, "DRY_NEEDLING", null, null, null, null, null),
                new PracticeFilter(null, null, null, true, null, null, null, null),
                new PracticeFilter(null, null, null, false, null, null, null, null),
                new PracticeFilter(null, null, null, null, C2, null, null, null),
                new PracticeFilter(null, null, null, null, null, L1, null, null),
                new PracticeFilter(null, null, null, null, null, null, LocalDate.of(2026, 6, 1), null),
                new PracticeFilter(null, null, null, null, null, null, null, LocalDate.of(2026, 6, 1)),
                new PracticeFilter(null, null, null, null, null, null, LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 8, 31)),
                new PracticeFilter("NECK", null, "INJECTATE", false, null, null, null, null),
                new PracticeFilter(null, "UPPER_TRAPEZIUS", null, null, C1, L2, LocalDate.of(2026, 2, 1), null),
                new PracticeFilter("ARM", null, null, null, null, null, null, null));
    }

    @Test
    void everyFigureOfEveryFilterEqualsTheReportComputedFromTheSitesAsBefore() {
        var thresholds = records.thresholds();
        for (var filter : filters()) {
            assertThat(practice.build(filter)).as(filter.describe())
                    .isEqualTo(LegacyPracticeReport.build(jdbc, thresholds, filter));
        }
        var all = practice.build(PracticeFilter.none());
        assertThat(all.patients()).isEqualTo(400);
        assertThat(all.breakdowns().get(1).groups()).as("muscles").anyMatch(PracticeReport.Rate::shown);
        assertThat(practice.build(filters().get(15)).breakdowns().get(1).groups()).as("a narrow filter hides groups")
                .anyMatch(g -> !g.shown());
    }

    @Test
    void theDataTreatsAMuscleOnBothSidesAndTwoRegionsInOneSession() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT session_id, muscle FROM outcome_session_sites "
                + "GROUP BY session_id, muscle HAVING COUNT(*) > 1) t").query(Long.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM (SELECT session_id FROM outcome_session_sites "
                + "GROUP BY session_id HAVING COUNT(DISTINCT region) > 1) t").query(Long.class).single()).isPositive();
    }

    @Test
    void recomputingEverythingAgainLeavesEachSessionsMusclesAndRegionsAsTheyWere() {
        var before = sessionRows();
        assertThat(before).hasSize(jdbc.sql("SELECT COUNT(*) FROM outcome_sessions").query(Integer.class).single());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outcome_sessions WHERE muscles IS NULL OR regions IS NULL")
                .query(Long.class).single()).isZero();
        loader.recomputeAll();
        assertThat(sessionRows()).isEqualTo(before);
    }

    @Test
    void recomputingEverythingRepairsMusclesAndRegionsThatDrifted() {
        var before = sessionRows();
        jdbc.sql("UPDATE outcome_sessions SET regions = NULL, muscles = 'UPPER_TRAPEZIUS,UPPER_TRAPEZIUS'").update();
        assertThat(practice.build(PracticeFilter.none()))
                .isNotEqualTo(LegacyPracticeReport.build(jdbc, records.thresholds(), PracticeFilter.none()));
        loader.recomputeAll();
        assertThat(sessionRows()).isEqualTo(before);
        assertThat(practice.build(PracticeFilter.none()))
                .isEqualTo(LegacyPracticeReport.build(jdbc, records.thresholds(), PracticeFilter.none()));
    }

    List<String> sessionRows() {
        return jdbc.sql("SELECT session_id, muscles, regions, session_number, responder, substantial, relief_days "
                + "FROM outcome_sessions")
                .query((rs, n) -> {
                    var row = new StringBuilder();
                    for (int c = 1; c <= 7; c++) {
                        row.append(rs.getString(c)).append('|');
                    }
                    return row.toString();
                }).list().stream().sorted().toList();
    }
}
