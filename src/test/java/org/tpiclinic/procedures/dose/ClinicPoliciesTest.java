package org.tpiclinic.procedures.dose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.procedures.DoseCheck.DoseNotice;
import org.tpiclinic.procedures.formulary.ClinicPolicy;
import org.tpiclinic.procedures.formulary.FormularyFixtures;
import org.tpiclinic.procedures.formulary.FormularyVersion;
import org.tpiclinic.procedures.formulary.PolicyCode;

/**
 * The clinic policies against hand-made histories (seeded numbers: steroid every 56 days at most, 4 steroid
 * sessions and 4 sessions per region in 12 months, 42 days at the same site, relief documented before a repeat).
 * Today is 2026-12-03 in every case.
 */
class ClinicPoliciesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final PolicySite TRAPEZIUS_L = site("UPPER_TRAPEZIUS", Side.LEFT, "NECK");
    static final PolicySite TRAPEZIUS_R = site("UPPER_TRAPEZIUS", Side.RIGHT, "NECK");
    static final PolicySite LEVATOR_R = site("LEVATOR_SCAPULAE", Side.RIGHT, "NECK");
    static final PolicySite GLUTEUS_L = site("GLUTEUS_MEDIUS", Side.LEFT, "HIP");

    final FormularyVersion formulary = FormularyFixtures.seeded();

    @Test
    void aSteroidWithinTheMinimumIntervalIsAWarningWithItsSource() {
        // 2026-10-20 to 2026-12-03: 11 + 30 + 3 = 44 days < 56
        var notices = check(today(true, GLUTEUS_L), prior("2026-10-20", true, true, TRAPEZIUS_L));

        assertThat(codes(notices)).containsExactly(ClinicPolicies.STEROID_INTERVAL);
        assertThat(notices.get(0).blocking()).isFalse();
        assertThat(notices.get(0).message()).contains("44 days", "2026-10-20", "56 days");
        assertThat(notices.get(0).source()).isEqualTo("steroid interval source");
    }

    @Test
    void aSteroidExactlyAtTheIntervalOrWithoutASteroidTodayIsFine() {
        // 2026-10-08 to 2026-12-03: 23 + 30 + 3 = 56 days, not less than 56
        assertThat(check(today(true, GLUTEUS_L), prior("2026-10-08", true, true, TRAPEZIUS_L))).isEmpty();
        assertThat(check(today(false, GLUTEUS_L), prior("2026-11-30", true, true, TRAPEZIUS_L))).isEmpty();
    }

    @Test
    void theFifthSteroidSessionIn12MonthsIsAWarning() {
        // four earlier steroid sessions after 2025-12-03, plus today's = 5 > 4
        var notices = check(today(true, GLUTEUS_L), prior("2026-01-10", true, true, TRAPEZIUS_L),
                prior("2026-03-10", true, true, TRAPEZIUS_L), prior("2026-06-10", true, true, LEVATOR_R),
                prior("2026-09-01", true, true, LEVATOR_R));

        assertThat(codes(notices)).containsExactly(ClinicPolicies.STEROID_PER_YEAR);
        assertThat(notices.get(0).message()).contains("steroid session 5", "limit is 4");
    }

    @Test
    void aSessionExactly12MonthsAgoIsOutsideTheRollingWindow() {
        // 2025-12-03 is not after 2026-12-03 minus 12 months: 3 earlier + today = 4, not more than 4
        assertThat(check(today(true, GLUTEUS_L), prior("2025-12-03", true, true, TRAPEZIUS_L),
                prior("2026-03-10", true, true, TRAPEZIUS_L), prior("2026-06-10", true, true, LEVATOR_R),
                prior("2026-09-01", true, true, LEVATOR_R))).isEmpty();
    }

    @Test
    void theFifthSessionInOneRegionIsAWarningOtherRegionsDoNotCount() {
        var notices = check(today(false, TRAPEZIUS_L, GLUTEUS_L), prior("2026-01-05", false, true, TRAPEZIUS_R),
                prior("2026-03-05", false, true, LEVATOR_R), prior("2026-05-05", false, true, TRAPEZIUS_R),
                prior("2026-08-05", false, true, LEVATOR_R, GLUTEUS_L));

        assertThat(codes(notices)).containsExactly(ClinicPolicies.REGION_PER_YEAR);
        assertThat(notices.get(0).message()).startsWith("Neck:").contains("session 5");
    }

    @Test
    void theSameSiteWithin42DaysIsAWarningTheOtherSideIsNot() {
        // 2026-11-03 to 2026-12-03: 30 days < 42 on the left; the right side was treated that day too
        var notices = check(today(false, TRAPEZIUS_L, LEVATOR_R), prior("2026-11-03", false, true, TRAPEZIUS_L),
                prior("2026-10-22", false, true, LEVATOR_R));

        // levator: 2026-10-22 to 2026-12-03 = 9 + 30 + 3 = 42 days, not less than 42
        assertThat(codes(notices)).containsExactly(ClinicPolicies.SAME_SITE_INTERVAL);
        assertThat(notices.get(0).message()).contains("UPPER_TRAPEZIUS left", "30 days", "42 days");
        assertThat(check(today(false, TRAPEZIUS_R), prior("2026-11-03", false, true, TRAPEZIUS_L))).isEmpty();
    }

    @Test
    void aRepeatInARegionWhoseLastSessionHasNoDocumentedReliefIsAWarning() {
        var notices = check(today(false, LEVATOR_R), prior("2026-06-01", false, true, TRAPEZIUS_L),
                prior("2026-09-01", false, false, TRAPEZIUS_L));

        assertThat(codes(notices)).containsExactly(ClinicPolicies.NO_RELIEF);
        assertThat(notices.get(0).message()).contains("Neck", "2026-09-01");
        // only the latest session of the region matters: relief documented on the last one
        assertThat(check(today(false, LEVATOR_R), prior("2026-06-01", false, false, TRAPEZIUS_L),
                prior("2026-09-01", false, true, TRAPEZIUS_L))).isEmpty();
        // another region's missing relief does not count
        assertThat(check(today(false, GLUTEUS_L), prior("2026-09-01", false, false, TRAPEZIUS_L))).isEmpty();
    }

    @Test
    void aPolicySwitchedOffSaysNothing() {
        var off = formulary.withPolicy(new ClinicPolicy(PolicyCode.STEROID_MIN_INTERVAL, false, 56, "s"), "admin",
                "not our policy", java.time.Instant.now());

        assertThat(ClinicPolicies.check(off, today(true, GLUTEUS_L),
                List.of(prior("2026-11-30", true, true, TRAPEZIUS_L)), DoseRulesTest.WORDS)).isEmpty();
    }

    @Test
    void sessionsDatedAfterTodayAndAFirstSessionGiveNoWarning() {
        assertThat(check(today(true, TRAPEZIUS_L), prior("2026-12-10", true, false, TRAPEZIUS_L))).isEmpty();
        assertThat(check(today(true, TRAPEZIUS_L, LEVATOR_R, GLUTEUS_L))).isEmpty();
    }

    private List<DoseNotice> check(PlannedSession today, PriorSession... history) {
        return ClinicPolicies.check(formulary, today, List.of(history), DoseRulesTest.WORDS);
    }

    private static PlannedSession today(boolean steroid, PolicySite... sites) {
        return new PlannedSession(TODAY, List.of(sites), steroid);
    }

    private static PriorSession prior(String date, boolean steroid, boolean relief, PolicySite... sites) {
        return new PriorSession(LocalDate.parse(date), new ArrayList<>(List.of(sites)), steroid, relief);
    }

    private static List<String> codes(List<DoseNotice> notices) {
        return notices.stream().map(DoseNotice::code).toList();
    }

    private static PolicySite site(String muscle, Side side, String region) {
        return new PolicySite(new BodySite(muscle, side), region, muscle + " " + side.word());
    }
}
