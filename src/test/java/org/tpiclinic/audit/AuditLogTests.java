package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/** The audit chain against a real database (H2 here; PostgreSQL in {@link AuditLogPostgresTests}). */
@SpringBootTest
class AuditLogTests {

    static final CurrentUser CLINICIAN = new CurrentUser(UUID.randomUUID(), "clinician", "C", Role.CLINICIAN, null);

    @Autowired
    AuditLog log;
    @Autowired
    AuditQueries queries;
    @Autowired
    JdbcClient jdbc;

    @Test
    void chainsEveryEntryToTheOneBefore() {
        UUID patient = UUID.randomUUID();
        log.record(CLINICIAN, patient, AuditAction.READ, "chart");
        log.record(CLINICIAN, patient, AuditAction.UPDATE, "demographics");
        var filter = new AuditQueries.Filter(patient, null, null, null, null, "seq", true);
        assertThat(queries.find(filter, 0, 10)).hasSize(2).noneMatch(AuditEntry::isChained);

        assertThat(log.verify()).isEmpty();
        var entries = queries.find(filter, 0, 10);
        assertThat(entries).allMatch(AuditEntry::isChained);
        assertThat(entries.get(1).chainSeq()).isEqualTo(entries.get(0).chainSeq() + 1);
        assertThat(entries.get(1).prevHash()).isEqualTo(entries.get(0).entryHash());
        assertThat(entries).allSatisfy(e -> assertThat(e.entryHash()).isEqualTo(e.expectedHash()));
    }

    @Test
    void filtersByUserAndAction() {
        UUID patient = UUID.randomUUID();
        log.record(CLINICIAN, patient, AuditAction.PRINT, "note");
        var filter = new AuditQueries.Filter(patient, "CLINICIAN", AuditAction.PRINT, null, null, "time", false);
        assertThat(queries.count(filter)).isEqualTo(1);
        assertThat(queries.find(filter, 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS));
    }
}
