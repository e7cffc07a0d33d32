package org.tpiclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;

/**
 * /outcomes over a practice built by hand: twelve patients with one upper-trapezius session each, nine of them
 * responders (9 of 12, Wilson 95 % 46.8 % to 91.1 %), three more with a low-back session (too few to show), and
 * a clinician whose sessions are hidden for the same reason.
 */
// A context (and in-memory database) of its own: the counts are of this practice only.
@SpringBootTest(properties = "tpi.outcomes.test-practice=hand-built")
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PracticeOutcomesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    OutcomeLoader loader;
    @Autowired
    PracticeOutcomes practice;

    static final ClinicUser CLINICIAN = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "clin-p", "Clin",
            Role.CLINICIAN, null));
    static final UUID DR_A = UUID.randomUUID();
    static final UUID DR_B = UUID.randomUUID();
    static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    @BeforeEach
    void practiceBuiltByHand() {
        if (jdbc.sql("SELECT COUNT(*) FROM outcome_sessions").query(Long.class).single() > 0) {
            return;
        }
        var sessions = new ArrayList<OutcomeLoader.SessionRow>();
        var scores = new ArrayList<OutcomeLoader.ScoreRow>();
        for (int i = 0; i < 15; i++) {
            var details = new PatientDetails("P" + i, "Practice", null, LocalDate.of(1960 + i, 1, 1), Sex.MALE, null,
                    null, null, null, null, null, "English", Kilograms.of("80"), DAY);
            UUID patient = registry.register(CurrentUser.system("test"), details, true).registered().id();
            UUID session = UUID.randomUUID();
            boolean neck = i < 12;
            sessions.add(new OutcomeLoader.SessionRow(session, patient, neck ? DR_A : DR_B, null, DAY, i % 2 == 0,
                    false, "", List.of(neck ? "UPPER_TRAPEZIUS_L" : "QUADRATUS_LUMBORUM_R")));
            scores.add(new OutcomeLoader.ScoreRow(patient, Instrument.PAIN, Occasion.BASELINE, null, DAY.minusDays(5),
                    BigDecimal.valueOf(8), "baseline:" + patient));
            scores.add(new OutcomeLoader.ScoreRow(patient, Instrument.PAIN, Occasion.PRE_SESSION, session, DAY,
                    BigDecimal.valueOf(8), "pre:" + session));
            // Nine responders (8 -> 4); three not (8 -> 7); pain back on day 20 for the first six, never for others.
            int at14 = i < 9 || !neck ? 4 : 7;
            scores.add(new OutcomeLoader.ScoreRow(patient, Instrument.PAIN, Occasion.CHECK_IN, session,
                    DAY.plusDays(14), BigDecimal.valueOf(at14), "c14:" + session));
            scores.add(new OutcomeLoader.ScoreRow(patient, Instrument.PAIN, Occasion.FOLLOW_UP, null,
                    DAY.plusDays(20), BigDecimal.valueOf(i < 6 ? 8 : at14), "f20:" + session));
        }
        loader.load(sessions, scores);
        loader.recomputeAll();
    }

    @Test
    void responderRateAfterTheFirstSessionMatchesTheHandComputationWithItsWilsonInterval() {
        var report = practice.report(CurrentUser.system("test-clinician"), new PracticeFilter("NECK", null, null,
                null, null, null, null, null));
        var first = report.afterSession().get(0);
        assertThat(first.shown()).isTrue();
        assertThat(first.patients()).isEqualTo(12);
        assertThat(first.evaluable()).isEqualTo(12);
        assertThat(first.responders().successes()).isEqualTo(9);
        assertThat(first.responders().low()).isCloseTo(0.4677, within(0.0001));
        assertThat(first.responders().high()).isCloseTo(0.9111, within(0.0001));
        assertThat(report.afterSession().get(1).shown()).as("no second sessions").isFalse();
        // Kaplan-Meier over 12 sessions (pre 8, margin 1: back at 7 or more): the three non-responders are back at
        // day 14 (S = 9/12); of the nine left, six are back at day 20 and three censored: S = 0.75 * 3/9 = 0.25.
        var steps = report.relief().steps();
        assertThat(steps).extracting(s -> s.day()).containsExactly(14, 20);
        assertThat(steps.get(0).survival()).isCloseTo(0.75, within(1e-9));
        assertThat(steps.get(1).atRisk()).isEqualTo(9);
        assertThat(steps.get(1).censored()).isEqualTo(3);
        assertThat(steps.get(1).survival()).isCloseTo(0.25, within(1e-9));
        assertThat(report.relief().median()).isEqualTo(20);
    }

    @Test
    void groupsOfFewerThanTenPatientsAreNotShown() {
        var report = practice.report(CurrentUser.system("test-clinician"), PracticeFilter.none());
        var regions = report.breakdowns().stream().filter(b -> b.dimension().equals("region")).findFirst().get();
        assertThat(regions.groups()).extracting(PracticeReport.Rate::group).containsExactly("LOW_BACK", "NECK");
        assertThat(regions.groups().get(0).shown()).isFalse();
        assertThat(regions.groups().get(0).responders()).isNull();
        assertThat(regions.groups().get(1).shown()).isTrue();
        var lowBackOnly = practice.report(CurrentUser.system("test-clinician"), new PracticeFilter("LOW_BACK", null,
                null, null, null, null, null, null));
        assertThat(lowBackOnly.afterSession().get(0).shown()).isFalse();
        assertThat(lowBackOnly.relief()).as("no curve from three patients").isNull();
    }

    @Test
    void thePageAndTheCsvShowTheNumbersAndAreAuditedAndBadFiltersAreNamed() throws Exception {
        var page = mvc.perform(get("/outcomes").param("region", "NECK").with(user(CLINICIAN))).andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("9 of 12: 75 % (47 % to 91 %)").contains("id=\"km-table\"")
                .contains("Median time until pain returned: 20 days");
        var all = mvc.perform(get("/outcomes").with(user(CLINICIAN))).andReturn().getResponse().getContentAsString();
        assertThat(all).contains("Fewer than 10 patients: not shown");
        var csv = mvc.perform(get("/outcomes.csv").param("region", "NECK").with(user(CLINICIAN))).andReturn()
                .getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString()).contains("\"after session\",\"1\",12,12,12,9,0.7500,0.4677,0.9111");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'EXPORT' AND target LIKE "
                + "'practice outcomes CSV%'").query(Long.class).single()).isGreaterThanOrEqualTo(1);
        var bad = mvc.perform(get("/outcomes").param("from", "yesterday").param("technique", "LASER")
                .with(user(CLINICIAN))).andReturn().getResponse();
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("Enter the date as year-month-day")
                .contains("Choose injectate or dry needling.");
    }

    @Test
    void aSpreadsheetFormulaInAGroupNameIsNeutralised() {
        assertThat(PracticeCsv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    }
}
