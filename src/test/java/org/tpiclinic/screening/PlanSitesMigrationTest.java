package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.screening.TestSites.left;
import static org.tpiclinic.screening.TestSites.right;

import java.time.Instant;
import java.util.HashSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.screening.consent.SignedConsent;

/**
 * V240 on a database holding reviews and consents in the old {@code MUSCLE:SIDE} codes: they become the atlas's
 * body sites and keep their meaning. A review clears the same plan as before, a consent for the left side still
 * does not cover the right, one for both sides covers either, and a muscle whose side was never recorded is
 * still covered by nothing.
 */
class PlanSitesMigrationTest {

    static final Atlas ATLAS = Atlas.fromDataFiles();

    /** screening.Muscle before V240, all 15: each has the same code in the atlas. */
    static final java.util.List<String> OLD_MUSCLES = java.util.List.of("UPPER_TRAPEZIUS", "LEVATOR_SCAPULAE",
            "RHOMBOIDS", "INFRASPINATUS", "PECTORALIS_MAJOR", "SERRATUS_ANTERIOR", "SCALENES", "STERNOCLEIDOMASTOID",
            "SPLENIUS_CAPITIS", "TEMPORALIS", "MASSETER", "QUADRATUS_LUMBORUM", "GLUTEUS_MEDIUS", "PIRIFORMIS",
            "ILIOPSOAS");

    MigrationDatabase fresh() {
        return MigrationDatabase.h2("v240");
    }

    record Stored(JdbcClient jdbc, UUID patient) {

        void review(String plan) {
            jdbc.sql("INSERT INTO screening_reviews (id, version, patient_id, rule_set_version, plan, decision, "
                    + "facts_fingerprint, results, reviewed_by, reviewed_at, valid_until) VALUES (?, 0, ?, 1, ?, "
                    + "'ELIGIBLE', 'f', 'r', 'clinician', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                    .params(UUID.randomUUID(), patient, plan).update();
        }

        void consent(String plan) {
            jdbc.sql("INSERT INTO consents (id, patient_id, template_version, plan_code, typed_name, drawn, "
                    + "signed_at, signed_by, client_address, valid_until, pdf, pdf_sha256) VALUES (?, ?, 1, ?, "
                    + "'Sam Old', FALSE, CURRENT_TIMESTAMP, 'p', 'x', CURRENT_TIMESTAMP, ?, ?)")
                    .params(UUID.randomUUID(), patient, plan, new byte[] { 0 }, "0".repeat(64)).update();
        }
    }

    Stored beforeV240(MigrationDatabase db) {
        db.migrateToJustBefore("240");
        return new Stored(db.jdbc(), db.insertPatient());
    }

    @Test
    void sidedCodesBecomeAtlasSitesAndBothSidesBecomeTheLeftAndTheRightSite() {
        var db = fresh();
        var stored = beforeV240(db);
        stored.review("LIDOCAINE_1_PLAIN;steroid=true;UPPER_TRAPEZIUS:RIGHT,RHOMBOIDS:BILATERAL,PIRIFORMIS:LEFT");

        db.migrateToLatest();

        String code = stored.jdbc().sql("SELECT plan FROM screening_reviews").query(String.class).single();
        assertThat(code).isEqualTo(
                "LIDOCAINE_1_PLAIN;steroid=true;UPPER_TRAPEZIUS_R,RHOMBOIDS_L,RHOMBOIDS_R,PIRIFORMIS_L");
        var sites = new HashSet<BodySite>(PlannedTreatment.bothSides("RHOMBOIDS"));
        sites.add(right("UPPER_TRAPEZIUS"));
        sites.add(left("PIRIFORMIS"));
        // a review clears exactly the plan it was made for: the same plan, now in atlas sites
        assertThat(PlannedTreatment.parse(code)).isEqualTo(new PlannedTreatment(Agent.LIDOCAINE_1_PLAIN, true, sites));
        assertThat(ATLAS.sites()).containsAll(PlannedTreatment.parse(code).sites());
    }

    @Test
    void everyOldMuscleOnEverySideMapsToItsAtlasSite() {
        var db = fresh();
        var stored = beforeV240(db);
        var old = new StringBuilder("SALINE;steroid=false;");
        for (String muscle : OLD_MUSCLES) {
            for (String side : new String[] { "LEFT", "RIGHT", "BILATERAL" }) {
                stored.consent("SALINE;steroid=false;" + muscle + ":" + side);
            }
        }

        db.migrateToLatest();

        var codes = stored.jdbc().sql("SELECT plan_code FROM consents").query(String.class).list();
        assertThat(codes).hasSize(OLD_MUSCLES.size() * 3);
        for (String code : codes) {
            var plan = PlannedTreatment.parse(code);
            assertThat(plan.sidesRecorded()).as(code).isTrue();
            assertThat(ATLAS.sites()).as(code).containsAll(plan.sites());
        }
        assertThat(codes).contains("SALINE;steroid=false;ILIOPSOAS_L,ILIOPSOAS_R", "SALINE;steroid=false;MASSETER_R");
    }

    @Test
    void consentsKeepTheirMeaningSiteBySideAndSideBySide() {
        var db = fresh();
        var stored = beforeV240(db);
        stored.consent("DRY_NEEDLING;steroid=false;UPPER_TRAPEZIUS:LEFT");
        stored.consent("SALINE;steroid=false;SCALENES:BILATERAL");
        stored.consent("BUPIVACAINE_025;steroid=false;PIRIFORMIS:UNRECORDED,RHOMBOIDS:RIGHT");

        db.migrateToLatest();

        var consents = stored.jdbc().sql("SELECT plan_code FROM consents").query(String.class).list().stream()
                .map(PlanSitesMigrationTest::consent).toList();
        var leftOnly = consents.stream().filter(c -> c.planCode().startsWith("DRY")).findFirst().orElseThrow();
        assertThat(leftOnly.covers(PlannedTreatment.of(Agent.DRY_NEEDLING, false, left("UPPER_TRAPEZIUS")))).isTrue();
        assertThat(leftOnly.covers(PlannedTreatment.of(Agent.DRY_NEEDLING, false, right("UPPER_TRAPEZIUS"))))
                .as("a consent for the left does not cover the right").isFalse();

        var both = consents.stream().filter(c -> c.planCode().startsWith("SALINE")).findFirst().orElseThrow();
        assertThat(both.covers(PlannedTreatment.of(Agent.SALINE, false, left("SCALENES")))).isTrue();
        assertThat(both.covers(PlannedTreatment.of(Agent.SALINE, false, right("SCALENES")))).isTrue();
        assertThat(both.covers(new PlannedTreatment(Agent.SALINE, false, PlannedTreatment.bothSides("SCALENES"))))
                .isTrue();

        var unsided = consents.stream().filter(c -> c.planCode().startsWith("BUPI")).findFirst().orElseThrow();
        assertThat(unsided.planCode()).isEqualTo("BUPIVACAINE_025;steroid=false;PIRIFORMIS_UNRECORDED,RHOMBOIDS_R");
        assertThat(unsided.covers(PlannedTreatment.of(Agent.BUPIVACAINE_025, false, left("PIRIFORMIS"))))
                .as("never widened to a side nobody recorded").isFalse();
        assertThat(unsided.covers(PlannedTreatment.of(Agent.BUPIVACAINE_025, false, right("PIRIFORMIS")))).isFalse();
        assertThat(unsided.covers(PlannedTreatment.of(Agent.BUPIVACAINE_025, false, right("RHOMBOIDS"))))
                .as("its recorded site covers what it covered before").isTrue();
    }

    private static SignedConsent consent(String planCode) {
        return new SignedConsent(UUID.randomUUID(), UUID.randomUUID(), 1, planCode, "Sam Old", false, null,
                Instant.EPOCH, "p", "x", Instant.MAX, "0".repeat(64), null, null, null, null, null, false);
    }
}
