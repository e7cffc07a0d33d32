package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/**
 * Writers only insert, so they never wait on each other, and the chainer links entries after they commit, however
 * late (H2 here; PostgreSQL in {@link AuditChainPostgresTests}).
 */
@SpringBootTest
class AuditChainTests {

    static final CurrentUser DESK = new CurrentUser(UUID.randomUUID(), "frontdesk", "F", Role.FRONT_DESK, null);

    @Autowired
    AuditLog log;
    @Autowired
    AuditQueries queries;
    @Autowired
    PlatformTransactionManager transactions;

    final ExecutorService threads = Executors.newFixedThreadPool(2);
    final CountDownLatch written = new CountDownLatch(1);
    final CountDownLatch finish = new CountDownLatch(1);

    @AfterEach
    void stopThreads() {
        finish.countDown();
        threads.shutdownNow();
    }

    /** Writes an entry (now, not at commit) in a transaction that stays open until {@link #finish}. */
    Future<?> longTransaction(UUID patient, String target) throws InterruptedException {
        var open = threads.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.record(DESK, patient, AuditAction.READ, target);
            log.flush(); // its row (and number) exists now; the commit comes later
            written.countDown();
            await(finish);
        }));
        assertThat(written.await(10, TimeUnit.SECONDS)).as("the long transaction wrote its entry").isTrue();
        return open;
    }

    @Test
    void anotherWriterFinishesWhileATransactionWithAnEntryIsStillOpen() throws Exception {
        UUID patient = UUID.randomUUID();
        var open = longTransaction(patient, "long");
        var other = threads.submit(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(status -> log.record(DESK, patient, AuditAction.READ, "short")));

        other.get(5, TimeUnit.SECONDS);
        assertThat(open.isDone()).isFalse();
        assertThat(entries(patient)).extracting(AuditEntry::target).containsExactly("short");
        finish.countDown();
        open.get(10, TimeUnit.SECONDS);
        assertThat(entries(patient)).extracting(AuditEntry::target).containsExactly("long", "short");
    }

    @Test
    void anEntryThatCommitsLateIsChainedWhenItAppears() throws Exception {
        UUID patient = UUID.randomUUID();
        var open = longTransaction(patient, "late");
        log.record(DESK, patient, AuditAction.READ, "early");
        assertThat(log.verify()).isEmpty();
        assertThat(entries(patient)).singleElement().satisfies(e -> assertThat(e.isChained()).isTrue());

        finish.countDown();
        open.get(10, TimeUnit.SECONDS);
        assertThat(log.verify()).isEmpty();
        var byWriting = entries(patient);
        assertThat(byWriting).extracting(AuditEntry::target).containsExactly("late", "early");
        assertThat(byWriting).allMatch(AuditEntry::isChained);
        assertThat(byWriting.get(0).chainSeq()).as("chained after the entry that committed first")
                .isGreaterThan(byWriting.get(1).chainSeq());
    }

    @Test
    void anEntryRolledBackWithItsWorkNeverReachesTheChain() {
        UUID patient = UUID.randomUUID();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            log.record(DESK, patient, AuditAction.UPDATE, "undone");
            status.setRollbackOnly();
        });
        assertThat(log.verify()).isEmpty();
        assertThat(entries(patient)).isEmpty();
    }

    List<AuditEntry> entries(UUID patient) {
        return queries.find(new AuditQueries.Filter(patient, null, null, null, null, "seq", true), 0, 10);
    }

    static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
    }
}
