package org.tpiclinic.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tpiclinic.identity.CurrentUser;

/**
 * Writes and checks the audit log. {@link #record} joins the caller's transaction, so the entry commits or rolls
 * back with the work it describes; {@link #recordDenied} commits on its own, because the refused work throws.
 * Entries join the hash chain shortly after they commit ({@link AuditChain}).
 */
@Service
public class AuditLog {

    private static final int TARGET_MAX = 300;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final AuditChain chain;

    AuditLog(JdbcClient jdbc, Clock clock, AuditChain chain) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.chain = chain;
    }

    @Transactional
    public void record(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        append(actor, patientId, action, target, AuditOutcome.SUCCESS);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        append(actor, patientId, action, target, AuditOutcome.DENIED);
    }

    private void append(CurrentUser actor, UUID patientId, AuditAction action, String target,
            AuditOutcome outcome) {
        // Only inserts: concurrent writers never wait on each other; AuditChain links the entry after commit.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String what = target.length() > TARGET_MAX ? target.substring(0, TARGET_MAX) : target;
        var seq = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO audit_entries (occurred_at, username, user_role, patient_id, action, target,
                                           client_address, outcome)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(now.atOffset(ZoneOffset.UTC), actor.username(), actor.role().name(), patientId,
                        action.name(), what, clientAddress(), outcome.name())
                .update(seq, "seq");
        jdbc.sql("INSERT INTO audit_unchained (entry_seq) VALUES (?)").param(seq.getKey().longValue()).update();
    }

    private static String clientAddress() {
        var attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr() : "system";
    }

    /**
     * Links the entries waiting for the chain, then walks it and returns the first position where it does not
     * hold, if any.
     */
    public Optional<BrokenLink> verify() {
        return chain.verify();
    }

    /** The first chain position at which the chain does not hold, and why. */
    public record BrokenLink(long position, String reason) {
    }
}
