package org.tpiclinic.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tpiclinic.identity.CurrentUser;

/**
 * Writes and checks the audit log. {@link #record} joins the caller's transaction, so the entry commits or rolls
 * back with the work it describes; {@link #recordDenied} commits on its own, because the refused work throws.
 */
@Service
public class AuditLog {

    private static final int TARGET_MAX = 300;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
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
        // Locking the head row serialises writers, so the chain follows commit order on every node.
        var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE")
                .query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).single();
        long seq = (Long) head[0] + 1;
        String prevHash = (String) head[1];
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String what = target.length() > TARGET_MAX ? target.substring(0, TARGET_MAX) : target;
        String address = clientAddress();
        String hash = AuditEntry.hash(seq, now, actor.username(), actor.role().name(), patientId, action, what,
                address, outcome, prevHash);
        jdbc.sql("""
                INSERT INTO audit_entries (seq, occurred_at, username, user_role, patient_id, action, target,
                                           client_address, outcome, prev_hash, entry_hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(seq, now.atOffset(java.time.ZoneOffset.UTC), actor.username(), actor.role().name(), patientId,
                        action.name(), what, address, outcome.name(), prevHash, hash)
                .update();
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash).update();
    }

    private static String clientAddress() {
        var attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet
                ? servlet.getRequest().getRemoteAddr() : "system";
    }

    /**
     * Walks the whole chain in order and returns the first entry whose hash or link does not match, if any.
     */
    @Transactional(readOnly = true)
    public Optional<BrokenLink> verify() {
        var state = new Object() {
            String previous = AuditQueries.GENESIS;
            long expectedSeq = 1;
            BrokenLink broken;
        };
        jdbc.sql("SELECT * FROM audit_entries ORDER BY seq").query(rs -> {
            if (state.broken != null) {
                return;
            }
            var entry = AuditQueries.map(rs);
            if (entry.seq() != state.expectedSeq) {
                state.broken = new BrokenLink(state.expectedSeq, "entry " + state.expectedSeq + " is missing");
            } else if (!entry.prevHash().equals(state.previous)) {
                state.broken = new BrokenLink(entry.seq(), "does not link to the entry before it");
            } else if (!entry.entryHash().equals(entry.expectedHash())) {
                state.broken = new BrokenLink(entry.seq(), "its content was changed after it was written");
            }
            state.previous = entry.entryHash();
            state.expectedSeq = entry.seq() + 1;
        });
        return Optional.ofNullable(state.broken);
    }

    /** The first entry at which the chain does not hold, and why. */
    public record BrokenLink(long seq, String reason) {
    }
}
