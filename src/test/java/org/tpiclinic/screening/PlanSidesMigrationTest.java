package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * V170 and V240 on a database holding plans from before sides were kept: their muscles stay "side not recorded"
 * (never guessed), so the old review clears nothing and the old consent covers nothing, and both stay readable.
 */
class PlanSidesMigrationTest {

    static final String OLD_PLAN = "LIDOCAINE_1_PLAIN;steroid=false;UPPER_TRAPEZIUS,RHOMBOIDS";

    MigrationDatabase fresh() {
        return MigrationDatabase.h2("v170");
    }

    @Test
    void oldPlansGetSitesWithoutARecordedSideThatNeitherClearNorCover() {
        var db = fresh().migrateToJustBefore("170");
        var jdbc = db.jdbc();
        var patient = db.insertPatient();
        var review = UUID.randomUUID();
        jdbc.sql("INSERT INTO screening_reviews (id, version, patient_id, rule_set_version, plan, decision, "
                + "facts_fingerprint, results, reviewed_by, reviewed_at, valid_until) VALUES (?, 0, ?, 1, ?, "
                + "'ELIGIBLE', 'f', 'r', 'clinician', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)")
                .params(review, patient, OLD_PLAN).update();
        jdbc.sql("INSERT INTO consents (id, patient_id, template_version, plan_code, typed_name, drawn, signed_at, "
                + "signed_by, client_address, valid_until, pdf, pdf_sha256) VALUES (?, ?, 1, ?, 'Sam Old', FALSE, "
                + "CURRENT_TIMESTAMP, 'p', 'x', CURRENT_TIMESTAMP, ?, ?)")
                .params(UUID.randomUUID(), patient, OLD_PLAN, new byte[] { 0 }, "0".repeat(64)).update();

        db.migrateToLatest();

        var reviewed = PlannedTreatment.parse(jdbc.sql("SELECT plan FROM screening_reviews").query(String.class)
                .single());
        var consented = PlannedTreatment.parse(jdbc.sql("SELECT plan_code FROM consents").query(String.class)
                .single());
        // V170 marked them UNRECORDED; V240 keeps them without a side (never guessed, never both)
        assertThat(jdbc.sql("SELECT plan FROM screening_reviews").query(String.class).single())
                .isEqualTo("LIDOCAINE_1_PLAIN;steroid=false;UPPER_TRAPEZIUS_UNRECORDED,RHOMBOIDS_UNRECORDED");
        assertThat(reviewed.sites()).isEmpty();
        assertThat(reviewed.unsidedMuscles()).containsExactly("RHOMBOIDS", "UPPER_TRAPEZIUS");
        assertThat(reviewed.sidesRecorded()).isFalse();
        assertThat(consented).isEqualTo(reviewed);
        var right = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false, TestSites.right("UPPER_TRAPEZIUS"));
        assertThat(consented.includesSitesOf(right)).isFalse();
        assertThat(jdbc.sql("SELECT in_clinic FROM consents").query(Boolean.class).single()).isFalse();
    }

    @Test
    void aPlanWithEveryAtlasMuscleOnBothSidesFitsTheWidenedColumns() {
        var db = fresh().migrateToLatest();
        var code = new PlannedTreatment(Agent.LIDOCAINE_1_WITH_EPINEPHRINE, true,
                new java.util.HashSet<>(org.tpiclinic.assessment.Atlas.fromDataFiles().sites())).code();
        assertThat(code.length()).isGreaterThan(1000).isLessThanOrEqualTo(4000);
        for (var column : java.util.List.of("SCREENING_REVIEWS.PLAN", "CONSENTS.PLAN_CODE")) {
            var parts = column.split("\\.");
            assertThat(db.jdbc().sql("SELECT CHARACTER_MAXIMUM_LENGTH FROM INFORMATION_SCHEMA.COLUMNS "
                    + "WHERE UPPER(TABLE_NAME) = ? AND UPPER(COLUMN_NAME) = ? "
                    + "AND UPPER(TABLE_SCHEMA) = UPPER(CURRENT_SCHEMA)").params(parts[0], parts[1])
                    .query(Long.class).single()).as(column).isEqualTo(4000L);
        }
    }
}
