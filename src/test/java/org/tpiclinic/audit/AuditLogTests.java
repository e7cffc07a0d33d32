package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
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
        var today = LocalDate.now(ZoneOffset.UTC);
        assertThat(queries.count(new AuditQueries.Filter(patient, null, null, today, today, null, false)))
                .isEqualTo(1);
        assertThat(queries.count(new AuditQueries.Filter(patient, null, null, today.plusDays(1), null, null,
                false))).isZero();
        assertThat(queries.count(new AuditQueries.Filter(patient, null, null, null, today.minusDays(1), null,
                false))).isZero();
    }

    @Autowired
    PlatformTransactionManager transactions;

    List<String> targets(UUID patient) {
        return queries.find(new AuditQueries.Filter(patient, null, null, null, null, "seq", true), 0, 10).stream()
                .map(AuditEntry::target).toList();
    }

    @Test
    void anEntryOfAnInnerNewTransactionCommitsWithItAndNotWithTheOuterOne() {
        UUID patient = UUID.randomUUID();
        var outer = new TransactionTemplate(transactions);
        var inner = new TransactionTemplate(transactions);
        inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

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
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.record(CLINICIAN, patient, AuditAction.UPDATE, "the change");
            TransactionSynchronizationManager.registerSynchronization(
                    new TransactionSynchronization() {
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
