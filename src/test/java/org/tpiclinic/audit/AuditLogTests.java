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

    @Test
    void filtersByTimePeriodInUtcDays() {
        UUID patient = UUID.randomUUID();
        log.record(CLINICIAN, patient, AuditAction.READ, "chart");
        var today = java.time.LocalDate.now(java.time.ZoneOffset.UTC);
        assertThat(queries.count(new AuditQueries.Filter(patient, null, null, today, today, null, false)))
                .isEqualTo(1);
        assertThat(queries.count(new AuditQueries.Filter(patient, null, null, today.plusDays(1), null, null,
                false))).isZero();
        assertThat(queries.count(new AuditQueries.Filter(patient, null, null, null, today.minusDays(1), null,
                false))).isZero();
    }

    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    java.util.List<String> targets(UUID patient) {
        return queries.find(new AuditQueries.Filter(patient, null, null, null, null, "seq", true), 0, 10).stream()
                .map(AuditEntry::target).toList();
    }

    @Test
    void anEntryOfAnInnerNewTransactionCommitsWithItAndNotWithTheOuterOne() {
        UUID patient = UUID.randomUUID();
        var outer = new org.springframework.transaction.support.TransactionTemplate(transactions);
        var inner = new org.springframework.transaction.support.TransactionTemplate(transactions);
        inner.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        outer.executeWithoutResult(status -> {
            log.record(CLINICIAN, patient, AuditAction.READ, "outer, rolled back");
            inner.executeWithoutResult(nested -> log.record(CLINICIAN, patient, AuditAction.READ, "inner"));
            status.setRollbackOnly();
        });

        assertThat(targets(patient)).containsExactly("inner");
    }

    @Test
    void anEntryRecordedAfterTheCommitIsStillWritten() {
        UUID patient = UUID.randomUUID();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.record(CLINICIAN, patient, AuditAction.UPDATE, "the change");
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCommit() {
                            log.record(CLINICIAN, patient, AuditAction.READ, "after commit");
                        }
                    });
        });

        assertThat(targets(patient)).containsExactly("the change", "after commit");
        assertThat(log.verify()).isEmpty();
    }
}
