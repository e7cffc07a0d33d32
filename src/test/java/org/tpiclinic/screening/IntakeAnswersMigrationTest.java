package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * V370 on a database holding intakes answered with Booleans: true becomes YES, false NO, and an unanswered
 * question of a saved section NOT_ANSWERED, while a section never saved keeps its empty answers (it still reads
 * as not started). Afterwards only the four answers can be stored.
 */
class IntakeAnswersMigrationTest {

    MigrationDatabase fresh() {
        return MigrationDatabase.h2("v370");
    }

    @Test
    void booleanAnswersBecomeYesNoOrNotAnsweredAndUnsavedSectionsStayEmpty() {
        var db = fresh().migrateToJustBefore("370");
        var answered = UUID.randomUUID();
        var started = UUID.randomUUID();
        db.jdbc().sql("INSERT INTO intakes (id, version, patient_id, care_physical_therapy, care_massage, care_weeks, "
                + "prior_tpi, care_saved_at, no_allergies, blood_thinners, pregnant, immunosuppressed, driver_home, "
                + "safety_saved_at) VALUES (?, 0, ?, TRUE, FALSE, 8, FALSE, CURRENT_TIMESTAMP, TRUE, FALSE, NULL, "
                + "TRUE, NULL, CURRENT_TIMESTAMP)").params(answered, db.insertPatient()).update();
        db.jdbc().sql("INSERT INTO intakes (id, version, patient_id, reason_for_visit, visit_saved_at) "
                + "VALUES (?, 0, ?, 'Neck pain', CURRENT_TIMESTAMP)").params(started, db.insertPatient()).update();

        db.migrateToLatest();

        assertThat(answers(db, answered)).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("care_physical_therapy", "YES"), Map.entry("care_massage", "NO"),
                Map.entry("care_stretching", "NOT_ANSWERED"), Map.entry("care_medication", "NOT_ANSWERED"),
                Map.entry("prior_tpi", "NO"), Map.entry("prior_problem", "NOT_ANSWERED"),
                Map.entry("no_allergies", "YES"), Map.entry("blood_thinners", "NO"),
                Map.entry("steroid_use", "NOT_ANSWERED"), Map.entry("recent_infection", "NOT_ANSWERED"),
                Map.entry("bleeding_problems", "NOT_ANSWERED"), Map.entry("numbing_problems", "NOT_ANSWERED"),
                Map.entry("diabetes", "NOT_ANSWERED"), Map.entry("pregnant", "NOT_ANSWERED"),
                Map.entry("heart_or_liver", "NOT_ANSWERED"), Map.entry("needle_fear", "NOT_ANSWERED"),
                Map.entry("driver_home", "NOT_ANSWERED"), Map.entry("immunosuppressed", "YES")));
        assertThat(answers(db, started)).allSatisfy((column, answer) -> assertThat(answer).as(column).isEqualTo("-"));
        assertThat(db.jdbc().sql("SELECT care_weeks FROM intakes WHERE id = ?").param(answered)
                .query(Integer.class).single()).isEqualTo(8);
    }

    @Test
    void onlyTheFourAnswersCanBeStored() {
        var db = fresh().migrateToLatest();
        var id = UUID.randomUUID();
        db.jdbc().sql("INSERT INTO intakes (id, version, patient_id, pregnant, safety_saved_at) "
                + "VALUES (?, 0, ?, 'UNSURE', CURRENT_TIMESTAMP)").params(id, db.insertPatient()).update();
        assertThat(db.jdbc().sql("SELECT pregnant FROM intakes WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("UNSURE");
        assertThatThrownBy(() -> db.jdbc().sql("UPDATE intakes SET pregnant = 'MAYBE' WHERE id = ?").param(id)
                .update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    /** Each yes/no column of the intake, "-" for an empty one. */
    private static Map<String, String> answers(MigrationDatabase db, UUID intake) {
        var columns = new String[] { "care_physical_therapy", "care_massage", "care_stretching", "care_medication",
                "prior_tpi", "prior_problem", "no_allergies", "blood_thinners", "steroid_use", "recent_infection",
                "bleeding_problems", "numbing_problems", "diabetes", "pregnant", "heart_or_liver", "needle_fear",
                "driver_home", "immunosuppressed" };
        return db.jdbc().sql("SELECT " + String.join(", ", columns) + " FROM intakes WHERE id = ?").param(intake)
                .query((rs, n) -> {
                    var row = new java.util.HashMap<String, String>();
                    for (var column : columns) {
                        var value = rs.getString(column);
                        row.put(column, value == null ? "-" : value);
                    }
                    return (Map<String, String>) row;
                }).single();
    }
}
