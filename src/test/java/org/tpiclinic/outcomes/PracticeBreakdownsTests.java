package org.tpiclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.shared.Kilograms;

/**
 * The breakdowns by muscle and region over a practice small enough to count by hand (the minimum group lowered to
 * one patient, as a practice may set it): a muscle treated on both sides counts once, two muscles of one region
 * count the region once, and every filter narrows the sessions before they are grouped. Baseline 8 for all;
 * the response is the score of day 14.
 *
 * <pre>
 * session  patient  no.  day     clinician location technique  steroid  sites                               day 14
 * S1       P1       1    D       A         L1       injectate  yes      UT left, UT right, SC left, QL left  4 (substantial)
 * S2       P2       1    D       A         L1       injectate  no       UT left                              6 (responder)
 * S3       P2       2    D + 21  B         none     needling   no       SS right                             7 (not)
 * S4       P3       1    D       B         none     needling   no       QL right                             none
 * S5       P4       1    D       A         L1       injectate  no       UT right                             8 (not)
 * </pre>
 * UT upper trapezius and SC splenius capitis (neck), QL quadratus lumborum (low back), SS supraspinatus (shoulder).
 */
// A context (and database) of its own: the counts are of this practice only.
@SpringBootTest(properties = "tpi.outcomes.test-practice=breakdowns")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PracticeBreakdownsTests {

    static final UUID DR_A = UUID.randomUUID();
    static final UUID DR_B = UUID.randomUUID();
    static final UUID L1 = UUID.randomUUID();
    static final LocalDate D = LocalDate.of(2026, 5, 4);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    OutcomeLoader loader;
    @Autowired
    PracticeOutcomes practice;

    final List<OutcomeLoader.SessionRow> sessions = new ArrayList<>();
    final List<OutcomeLoader.ScoreRow> scores = new ArrayList<>();

    @BeforeEach
    void practiceCountedByHand() {
        if (jdbc.sql("SELECT COUNT(*) FROM outcome_sessions").query(Long.class).single() > 0) {
            return;
        }
        jdbc.sql("UPDATE outcome_thresholds SET amount = 1 WHERE code = 'MIN_GROUP_PATIENTS'").update();
        UUID p1 = patient("P1");
        UUID p2 = patient("P2");
        UUID p3 = patient("P3");
        UUID p4 = patient("P4");
        session(p1, D, DR_A, L1, true, true, 4, "UPPER_TRAPEZIUS_L", "UPPER_TRAPEZIUS_R", "SPLENIUS_CAPITIS_L",
                "QUADRATUS_LUMBORUM_L");
        session(p2, D, DR_A, L1, true, false, 6, "UPPER_TRAPEZIUS_L");
        session(p2, D.plusDays(21), DR_B, null, false, false, 7, "SUPRASPINATUS_R");
        session(p3, D, DR_B, null, false, false, null, "QUADRATUS_LUMBORUM_R");
        session(p4, D, DR_A, L1, true, false, 8, "UPPER_TRAPEZIUS_R");
        loader.load(sessions, scores);
        loader.recomputeAll();
    }

    private UUID patient(String name) {
        var details = new PatientDetails(name, "Breakdown", null, LocalDate.of(1970, 1, 1), Sex.FEMALE, null, null,
                null, null, null, null, "English", Kilograms.of("70"), D);
        UUID id = registry.register(CurrentUser.system("test"), details, true).registered().id();
        scores.add(new OutcomeLoader.ScoreRow(id, Instrument.PAIN, Occasion.BASELINE, null, D.minusDays(5),
                BigDecimal.valueOf(8), "baseline:" + id));
        return id;
    }

    private void session(UUID patient, LocalDate on, UUID clinician, UUID location, boolean injectate,
            boolean steroid, Integer day14, String... sites) {
        UUID id = UUID.randomUUID();
        sessions.add(new OutcomeLoader.SessionRow(id, patient, clinician, location, on, injectate, steroid,
                injectate ? "Lidocaine 1 % plain 3 mL" : "", List.of(sites)));
        scores.add(new OutcomeLoader.ScoreRow(patient, Instrument.PAIN, Occasion.PRE_SESSION, id, on,
                BigDecimal.valueOf(8), "pre:" + id));
        if (day14 != null) {
            scores.add(new OutcomeLoader.ScoreRow(patient, Instrument.PAIN, Occasion.CHECK_IN, id, on.plusDays(14),
                    BigDecimal.valueOf(day14), "c14:" + id));
        }
    }

    /** Each group as "group patients/sessions/evaluable/responders/substantial". */
    List<String> groups(PracticeFilter filter, String dimension) {
        var report = practice.report(CurrentUser.system("test-clinician"), filter);
        return report.breakdowns().stream().filter(b -> b.dimension().equals(dimension)).findFirst().orElseThrow()
                .groups().stream().map(PracticeBreakdownsTests::figures).toList();
    }

    static String figures(PracticeReport.Rate r) {
        return r.group() + " " + r.patients() + "/" + r.had() + "/" + r.evaluable() + "/"
                + (r.responders() == null ? 0 : r.responders().successes()) + "/"
                + (r.substantial() == null ? 0 : r.substantial().successes());
    }

    static PracticeFilter filter(String region, String muscle, String technique, Boolean steroid, UUID clinician,
            UUID location, LocalDate from, LocalDate to) {
        return new PracticeFilter(region, muscle, technique, steroid, clinician, location, from, to);
    }

    @Test
    void aMuscleTreatedOnBothSidesCountsOnceAndARegionOncePerSession() {
        var none = PracticeFilter.none();
        assertThat(groups(none, "muscle")).containsExactly("QUADRATUS_LUMBORUM 2/2/1/1/1",
                "SPLENIUS_CAPITIS 1/1/1/1/1", "SUPRASPINATUS 1/1/1/0/0", "UPPER_TRAPEZIUS 3/3/3/2/1");
        assertThat(groups(none, "region")).containsExactly("LOW_BACK 2/2/1/1/1", "NECK 3/3/3/2/1",
                "SHOULDER 1/1/1/0/0");
        var report = practice.report(CurrentUser.system("test-clinician"), none);
        assertThat(report.patients()).isEqualTo(4);
        assertThat(report.sessions()).isEqualTo(5);
        assertThat(report.afterSession()).extracting(PracticeBreakdownsTests::figures)
                .containsExactly("1 4/4/3/2/1", "2 1/1/1/0/0", "3 0/0/0/0/0");
    }

    @Test
    void aRegionOrMuscleFilterKeepsTheWholeSessionsThatTreatedIt() {
        var lowBack = filter("LOW_BACK", null, null, null, null, null, null, null);
        assertThat(groups(lowBack, "muscle")).containsExactly("QUADRATUS_LUMBORUM 2/2/1/1/1",
                "SPLENIUS_CAPITIS 1/1/1/1/1", "UPPER_TRAPEZIUS 1/1/1/1/1");
        assertThat(groups(lowBack, "region")).containsExactly("LOW_BACK 2/2/1/1/1", "NECK 1/1/1/1/1");
        assertThat(groups(lowBack, "technique")).containsExactly("DRY_NEEDLING 1/1/0/0/0", "INJECTATE 1/1/1/1/1");
        var trapezius = filter(null, "UPPER_TRAPEZIUS", null, null, null, null, null, null);
        assertThat(groups(trapezius, "steroid")).containsExactly("NO 2/2/2/1/0", "YES 1/1/1/1/1");
        assertThat(groups(trapezius, "region")).containsExactly("LOW_BACK 1/1/1/1/1", "NECK 3/3/3/2/1");
    }

    @Test
    void clinicianLocationTechniqueSteroidAndDatesNarrowTheBreakdownsByMuscleAndRegion() {
        assertThat(groups(filter(null, null, null, null, DR_B, null, null, null), "region"))
                .containsExactly("LOW_BACK 1/1/0/0/0", "SHOULDER 1/1/1/0/0");
        assertThat(groups(filter(null, null, null, null, null, L1, null, null), "muscle")).containsExactly(
                "QUADRATUS_LUMBORUM 1/1/1/1/1", "SPLENIUS_CAPITIS 1/1/1/1/1", "UPPER_TRAPEZIUS 3/3/3/2/1");
        assertThat(groups(filter(null, null, "DRY_NEEDLING", null, null, null, null, D), "muscle"))
                .containsExactly("QUADRATUS_LUMBORUM 1/1/0/0/0");
        assertThat(groups(filter(null, null, null, true, null, null, null, null), "region"))
                .containsExactly("LOW_BACK 1/1/1/1/1", "NECK 1/1/1/1/1");
        var later = filter(null, null, null, null, null, null, D.plusDays(1), null);
        assertThat(groups(later, "muscle")).containsExactly("SUPRASPINATUS 1/1/1/0/0");
        assertThat(practice.report(CurrentUser.system("test-clinician"), later).afterSession())
                .extracting(PracticeBreakdownsTests::figures)
                .containsExactly("1 0/0/0/0/0", "2 1/1/1/0/0", "3 0/0/0/0/0");
        assertThat(groups(filter("ARM", null, null, null, null, null, null, null), "muscle")).isEmpty();
    }
}
