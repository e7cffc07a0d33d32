package org.tpiclinic.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox in the database: transactional, idempotent, claimed once; no SMTP server here (messages kept). */
@SpringBootTest
class OutboxTests {

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    NotificationSettings settings;
    @Autowired
    ApplicationContext context;

    @Test
    void refusesToEnqueueOutsideATransaction() {
        assertThatThrownBy(() -> outbox.enqueue(message(key("no-tx"))))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    void aSecondEnqueueWithTheSameKeyIsANoOp() {
        String key = key("twice");
        assertThat(transactions.<Boolean>execute(s -> outbox.enqueue(message(key)))).isTrue();
        assertThat(transactions.<Boolean>execute(s -> outbox.enqueue(message(key).sendingAfter(Instant.now()))))
                .isFalse();
        assertThat(rows(key)).isEqualTo(1);
    }

    @Test
    void aDuplicateKeyLeavesTheCallersTransactionUsable() {
        String key = key("usable");
        transactions.executeWithoutResult(s -> {
            outbox.enqueue(message(key));
            outbox.enqueue(message(key));
            outbox.enqueue(message(key + ":other"));
        });
        assertThat(rows(key)).isEqualTo(1);
        assertThat(rows(key + ":other")).isEqualTo(1);
    }

    @Test
    void aRolledBackChangeLeavesNoMessage() {
        String key = key("rollback");
        transactions.executeWithoutResult(s -> {
            outbox.enqueue(message(key));
            s.setRollbackOnly();
        });
        assertThat(rows(key)).isZero();
    }

    @Test
    void twoTransactionsRacingWithTheSameKeyStoreOneMessage() throws Exception {
        String key = key("race");
        var firstInserted = new CountDownLatch(1);
        var first = CompletableFuture.supplyAsync(() -> transactions.execute(s -> {
            boolean added = outbox.enqueue(message(key));
            firstInserted.countDown();
            sleep(300);
            return added;
        }));
        assertThat(firstInserted.await(10, TimeUnit.SECONDS)).isTrue();
        var second = CompletableFuture.supplyAsync(() -> transactions.execute(s -> outbox.enqueue(message(key))));

        assertThat(List.of(first.get(20, TimeUnit.SECONDS), second.get(20, TimeUnit.SECONDS)))
                .containsExactlyInAnyOrder(true, false);
        assertThat(rows(key)).isEqualTo(1);
    }

    @Test
    void withoutSmtpDueMessagesAreKeptAndFutureOnesWait() {
        String now = key("kept");
        String later = key("later");
        transactions.executeWithoutResult(s -> {
            outbox.enqueue(message(now));
            outbox.enqueue(message(later).sendingAfter(Instant.now().plus(Duration.ofHours(1))));
        });
        dispatcher.dispatchDue();

        assertThat(outbox.findByDedupeKey(now).orElseThrow().status()).isEqualTo(OutboxStatus.KEPT);
        assertThat(outbox.findByDedupeKey(later).orElseThrow().status()).isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void withdrawsOnlyUnsentMessagesWithThePrefix() {
        String prefix = key("withdraw") + ":reminder:";
        transactions.executeWithoutResult(s -> {
            outbox.enqueue(message(prefix + "0:48h").sendingAfter(Instant.now().plus(Duration.ofDays(1))));
            outbox.enqueue(message(prefix + "0:2h").sendingAfter(Instant.now().plus(Duration.ofDays(1))));
            outbox.enqueue(message(prefix.replace("reminder", "confirm") + "0"));
        });
        assertThat(transactions.<Integer>execute(s -> outbox.withdraw(prefix))).isEqualTo(2);
        assertThat(outbox.findByDedupeKey(prefix + "0:48h").orElseThrow().status())
                .isEqualTo(OutboxStatus.WITHDRAWN);
        assertThat(outbox.findByDedupeKey(prefix.replace("reminder", "confirm") + "0").orElseThrow().status())
                .isEqualTo(OutboxStatus.PENDING);
    }

    @Test
    void aFailingServerIsRetriedWithBackoffThenGivenUp() {
        String key = key("failing");
        transactions.executeWithoutResult(s -> outbox.enqueue(message(key)));
        JavaMailSender failing = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessage... messages) {
                throw new MailSendException("connection refused");
            }
        };
        var senders = new StaticListableBeanFactory(Map.of("mailSender", failing))
                .getBeanProvider(JavaMailSender.class);
        var twoAttempts = new NotificationSettings("clinic@example.com", Duration.ofSeconds(10), false,
                List.of(Duration.ofHours(48)), 2, Duration.ofMinutes(1), Duration.ofMinutes(5), 20);

        new OutboxDispatcher(jdbc, transactions, senders, twoAttempts, Clock.systemUTC()).dispatchDue();
        OutboxEntry afterFirst = outbox.findByDedupeKey(key).orElseThrow();
        assertThat(afterFirst.status()).isEqualTo(OutboxStatus.PENDING);
        assertThat(afterFirst.attempts()).isEqualTo(1);
        assertThat(afterFirst.lastError()).contains("connection refused");
        assertThat(afterFirst.sendAfter()).isAfter(Instant.now().plusSeconds(30));

        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2));
        new OutboxDispatcher(jdbc, transactions, senders, twoAttempts, later).dispatchDue();
        OutboxEntry afterSecond = outbox.findByDedupeKey(key).orElseThrow();
        assertThat(afterSecond.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(afterSecond.attempts()).isEqualTo(2);
    }

    @Test
    void testsRunTheDispatcherThemselves() {
        assertThat(context.getBeanProvider(DispatchSchedule.class).getIfAvailable()).isNull();
        assertThat(settings.reminderOffsets()).containsExactly(Duration.ofHours(48), Duration.ofHours(2));
    }

    private int rows(String key) {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_messages WHERE dedupe_key = ?").param(key)
                .query(Integer.class).single();
    }

    static String key(String what) {
        return "test:" + what + ":" + UUID.randomUUID();
    }

    static OutboxMessage message(String key) {
        return OutboxMessage.text(key, "ana@example.com", "Subject " + key, "Hello");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
