package org.tpiclinic.notifications;

import static org.tpiclinic.notifications.Outbox.utc;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Sends due messages. A message is first claimed (status SENDING, with a lease) in a short transaction of its
 * own, so two dispatchers (threads or nodes) never take the same message: candidates are read with
 * {@code FOR UPDATE SKIP LOCKED}, and the claim is a conditional update that only one transaction can win. A
 * node that dies while sending leaves the message SENDING until the lease ends; then another node takes it.
 * Without an SMTP server the message is marked KEPT for admins to read.
 */
@Component
class OutboxDispatcher {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final JdbcClient jdbc;
    private final TransactionOperations transactions;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final NotificationSettings settings;
    private final Clock clock;

    OutboxDispatcher(JdbcClient jdbc, TransactionOperations transactions, ObjectProvider<JavaMailSender> mailSender,
            NotificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    /** Claims and delivers what is due now, batch after batch. @return how many messages were handled */
    int dispatchDue() {
        int handled = 0;
        List<UUID> claimed;
        do {
            claimed = claimBatch();
            claimed.forEach(this::deliver);
            handled += claimed.size();
        } while (claimed.size() == settings.batchSize());
        return handled;
    }

    List<UUID> claimBatch() {
        Instant now = clock.instant();
        List<UUID> claimed = transactions.execute(status -> {
            List<UUID> due = jdbc.sql("""
                    SELECT id FROM outbox_messages
                     WHERE status IN ('PENDING', 'SENDING') AND send_after <= ?
                     ORDER BY send_after FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED""")
                    .params(utc(now), settings.batchSize()).query(UUID.class).list();
            List<UUID> won = new ArrayList<>();
            for (UUID id : due) {
                int updated = jdbc.sql("""
                        UPDATE outbox_messages SET status = 'SENDING', send_after = ?, version = version + 1
                         WHERE id = ? AND status IN ('PENDING', 'SENDING') AND send_after <= ?""")
                        .params(utc(now.plus(settings.claimLease())), id, utc(now)).update();
                if (updated == 1) {
                    won.add(id);
                }
            }
            return won;
        });
        return claimed == null ? List.of() : claimed;
    }

    private void deliver(UUID id) {
        OutboxEntry message = jdbc.sql("SELECT * FROM outbox_messages WHERE id = ?").param(id)
                .query(Outbox::entry).single();
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            finish(id, "UPDATE outbox_messages SET status = 'KEPT', version = version + 1 WHERE id = ? AND status = 'SENDING'");
            return;
        }
        try {
            sender.send(MailComposer.compose(sender, message, settings.from()));
            jdbc.sql("""
                    UPDATE outbox_messages SET status = 'SENT', sent_at = ?, attempts = attempts + 1,
                           last_error = NULL, version = version + 1
                     WHERE id = ? AND status = 'SENDING'""").params(utc(clock.instant()), id).update();
        } catch (RuntimeException failure) {
            failed(message, failure);
        }
    }

    private void failed(OutboxEntry message, RuntimeException failure) {
        int attempts = message.attempts() + 1;
        String error = abbreviate(failure.getClass().getSimpleName() + ": " + failure.getMessage());
        boolean giveUp = attempts >= settings.maxAttempts();
        log.warn("Email {} failed (attempt {} of {}): {}", message.dedupeKey(), attempts, settings.maxAttempts(),
                error);
        jdbc.sql("""
                UPDATE outbox_messages SET status = ?, attempts = ?, last_error = ?, send_after = ?,
                       version = version + 1
                 WHERE id = ? AND status = 'SENDING'""")
                .params(giveUp ? "FAILED" : "PENDING", attempts, error,
                        utc(clock.instant().plus(settings.backoffAfter(attempts))), message.id())
                .update();
    }

    private void finish(UUID id, String sql) {
        jdbc.sql(sql).param(id).update();
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 997) + "...";
    }
}
