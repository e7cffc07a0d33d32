package org.tpiclinic.aftercare;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.SecretTokens;
import org.tpiclinic.site.PracticeSettings;

/**
 * Sends each check-in that has come due, exactly once: per check-in, one transaction claims it (an update that
 * only succeeds while it is unsent, so a second node or a second run finds nothing to do), stores the hash of a new
 * link, and puts the email in the outbox under the check-in's dedupe key. A crash before the commit leaves it unsent
 * for the next run; after the commit it is sent and never again. A patient without an email address answers in the
 * portal.
 */
@Component
public class CheckInSweep {

    private static final int BATCH = 200;

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final PatientRegistry patients;
    private final AftercareMailer mailer;
    private final AftercareSettings settings;
    private final PracticeSettings practice;
    private final AuditLog audit;
    private final Clock clock;

    CheckInSweep(JdbcClient jdbc, TransactionTemplate transactions, PatientRegistry patients, AftercareMailer mailer,
            AftercareSettings settings, PracticeSettings practice, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.patients = patients;
        this.mailer = mailer;
        this.settings = settings;
        this.practice = practice;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return how many check-ins this run sent */
    public int sweep() {
        var due = jdbc.sql("""
                SELECT id FROM aftercare_check_ins WHERE sent_at IS NULL AND submitted_at IS NULL AND due_at <= ?
                 ORDER BY due_at""" + " FETCH FIRST " + BATCH + " ROWS ONLY")
                .param(clock.instant().atOffset(ZoneOffset.UTC)).query(UUID.class).list();
        int sent = 0;
        for (UUID id : due) {
            if (Boolean.TRUE.equals(transactions.execute(status -> send(id)))) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(UUID checkInId) {
        Instant now = clock.instant();
        String token = SecretTokens.generate();
        Instant expires = now.plus(settings.checkInLinkValidity());
        int claimed = jdbc.sql("""
                UPDATE aftercare_check_ins SET sent_at = ?, token_hash = ?, link_expires_at = ?
                 WHERE id = ? AND sent_at IS NULL AND submitted_at IS NULL""")
                .params(now.atOffset(ZoneOffset.UTC), SecretTokens.hash(token), expires.atOffset(ZoneOffset.UTC),
                        checkInId)
                .update();
        if (claimed == 0) {
            return false;
        }
        record Due(UUID patient, String language, int day) {
        }
        var due = jdbc.sql("""
                SELECT c.patient_id, p.language, c.day_after FROM aftercare_check_ins c
                  JOIN aftercare_plans p ON p.id = c.plan_id WHERE c.id = ?""").param(checkInId)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3))).single();
        var contact = patients.contact(PlanWriter.AFTERCARE, due.patient());
        if (contact.email() != null && !contact.email().isBlank()) {
            mailer.checkInDue(checkInId, contact.email(), due.language(), token, expires, practice.zone());
        }
        audit.record(PlanWriter.AFTERCARE, due.patient(), AuditAction.CREATE,
                "check-in link for day " + due.day() + " (" + checkInId + ")");
        return true;
    }
}
