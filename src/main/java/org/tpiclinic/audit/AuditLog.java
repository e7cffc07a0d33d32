package org.tpiclinic.audit;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.TransactionBound;

/**
 * Writes and checks the audit log. {@link #record} joins the caller's transaction, so the entry commits or rolls
 * back with the work it describes (it is written just before the commit, with the transaction's other entries);
 * {@link #recordDenied} commits on its own, because the refused work throws.
 * Entries join the hash chain shortly after they commit ({@link AuditChain}).
 */
@Service
public class AuditLog {

    private static final int TARGET_MAX = 300;
    private static final int USERNAME_MAX = 64;
    private static final String INSERT = """
            INSERT INTO audit_entries (occurred_at, username, user_role, patient_id, action, target, client_address,
                                       outcome)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";

    private final JdbcTemplate batch;
    private final TransactionTemplate afterwards;
    private final Clock clock;
    private final AuditChain chain;

    AuditLog(JdbcTemplate batch, PlatformTransactionManager transactions, Clock clock, AuditChain chain) {
        this.batch = batch;
        this.afterwards = new TransactionTemplate(transactions);
        this.afterwards.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.chain = chain;
    }

    /** Joins the caller's transaction; the entry is written with the transaction's others just before commit. */
    @Transactional
    public void record(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        pending().add(entry(actor, patientId, action, target, AuditOutcome.SUCCESS));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordDenied(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        write(List.<Object[]>of(entry(actor, patientId, action, target, AuditOutcome.DENIED)));
    }

    /**
     * Writes the entries recorded so far in the current transaction now rather than at its commit (they still
     * commit or roll back with it), for work that reads them back before committing.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void flush() {
        List<Object[]> entries = TransactionBound.get(this);
        if (entries != null) {
            write(entries);
            entries.clear();
        }
    }

    /**
     * The entries of the current transaction, written in one batch when it commits (and never if it rolls back):
     * a booking records several, and a round trip each cost more than the rows.
     */
    private List<Object[]> pending() {
        List<Object[]> bound = TransactionBound.get(this);
        if (bound != null) {
            return bound;
        }
        var entries = new ArrayList<Object[]>();
        return TransactionBound.bind(this, entries, new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                write(entries);
                entries.clear();
            }

            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_COMMITTED && !entries.isEmpty()) {
                    // Recorded after the batch was written (from an after-commit callback): the work they
                    // describe has committed, so they are written on their own rather than lost.
                    afterwards.executeWithoutResult(done -> write(entries));
                }
            }
        });
    }

    /**
     * A security event that is part of no other work (a sign-in, refused or not), committed on its own. The
     * username may name no account (a refused sign-in): it is cut to the column's 64 characters.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSecurityEvent(String username, String role, AuditAction action, String target,
            AuditOutcome outcome) {
        write(List.<Object[]>of(entry(username, role, null, action, target, outcome)));
    }

    private Object[] entry(CurrentUser actor, UUID patientId, AuditAction action, String target,
            AuditOutcome outcome) {
        return entry(actor.username(), actor.role().name(), patientId, action, target, outcome);
    }

    private Object[] entry(String username, String role, UUID patientId, AuditAction action, String target,
            AuditOutcome outcome) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String what = target.length() > TARGET_MAX ? target.substring(0, TARGET_MAX) : target;
        String who = username.length() > USERNAME_MAX ? username.substring(0, USERNAME_MAX) : username;
        return new Object[] { now.atOffset(ZoneOffset.UTC), who, role, patientId, action.name(), what,
                clientAddress(), outcome.name() };
    }

    private void write(List<Object[]> entries) {
        if (entries.isEmpty()) {
            return;
        }
        // Only inserts: concurrent writers never wait on each other; AuditChain links the entries after commit.
        var seqs = new GeneratedKeyHolder();
        batch.batchUpdate(connection -> connection.prepareStatement(INSERT, new String[] { "seq" }),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement statement, int i) throws SQLException {
                        Object[] values = entries.get(i);
                        for (int column = 0; column < values.length; column++) {
                            statement.setObject(column + 1, values[column]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return entries.size();
                    }
                }, seqs);
        if (seqs.getKeyList().size() != entries.size()) {
            throw new IllegalStateException("The database returned " + seqs.getKeyList().size()
                    + " sequence numbers for " + entries.size() + " audit entries");
        }
        List<Object[]> unchained = new ArrayList<>();
        seqs.getKeyList().forEach(key -> unchained.add(new Object[] { ((Number) key.get("seq")).longValue() }));
        batch.batchUpdate("INSERT INTO audit_unchained (entry_seq) VALUES (?)", unchained);
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
