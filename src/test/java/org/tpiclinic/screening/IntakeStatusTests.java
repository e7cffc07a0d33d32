package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tpiclinic.screening.ScreeningFixtures.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.VisitAnswers;
import org.tpiclinic.shared.ForbiddenException;

/** Intake progress of many patients at once (PostgreSQL in the twin): complete means every section saved. */
@SpringBootTest
class IntakeStatusTests {

    @Autowired
    IntakeStatus status;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    PatientRegistry registry;
    @Autowired
    JdbcClient jdbc;

    static VisitAnswers neckPain() {
        return new VisitAnswers("Neck pain", "Right upper trapezius", LocalDate.now().minusMonths(4), 7, 6);
    }

    long audited(String username, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE username = ? AND action = 'QUERY'"
                + " AND target LIKE 'intake status%' AND outcome = ?").params(username, outcome)
                .query(Long.class).single();
    }

    @Test
    void completeOnlyWhenEverySectionIsSavedAndOneAuditEntryPerQuery() {
        var none = register(registry, "Nointake");
        var some = register(registry, "Halfway");
        var done = register(registry, "Alldone");
        var unknown = UUID.randomUUID();
        intake.saveVisit(patient(some), some, neckPain());
        intake.saveVisit(patient(done), done, neckPain());
        nothingToReport(intake, patient(done), done);
        assertThat(intake.open(FRONT_DESK, done).intake().complete()).isTrue();
        var desk = new CurrentUser(UUID.randomUUID(), "desk-" + UUID.randomUUID(), "Desk",
                Role.FRONT_DESK, null);

        assertThat(status.of(desk, List.of(none, some, done, unknown))).isEqualTo(Map.of(
                none, IntakeProgress.NOT_STARTED, some, IntakeProgress.IN_PROGRESS, done, IntakeProgress.COMPLETE,
                unknown, IntakeProgress.NOT_STARTED));
        assertThat(audited(desk.username(), "SUCCESS")).isEqualTo(1);
    }

    @Test
    void twoOfThreeSectionsIsStillInProgress() {
        var id = register(registry, "Twothirds");
        nothingToReport(intake, FRONT_DESK, id);
        assertThat(status.of(FRONT_DESK, List.of(id))).containsEntry(id, IntakeProgress.IN_PROGRESS);
        assertThat(status.of(BILLING, List.of())).isEmpty();
    }

    @Test
    void patientsAreRefusedAndTheRefusalIsAudited() {
        var id = register(registry, "Curious");
        var me = patient(id);
        assertThatThrownBy(() -> status.of(me, List.of(id))).isInstanceOf(ForbiddenException.class);
        assertThat(audited(me.username(), "DENIED")).isEqualTo(1);
    }
}
