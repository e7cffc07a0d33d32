package org.tpiclinic.audit;

import java.util.ArrayList;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.audit.AuditLog.BrokenLink;

/**
 * The hash chain over committed audit entries. Writers only insert an entry and a row in {@code audit_unchained};
 * {@link #link()} (every second, and before a check or an export) appends what it finds there to
 * {@code audit_chain}, in the order of {@code seq}. Whoever holds the {@code audit_chain_head} row links; another
 * node that finds it taken skips that round, so the chain never forks and writers never wait on it. An entry that
 * commits late is linked by the next round after it commits, at the end of the chain (decisions.md, 14).
 */
@Service
public class AuditChain {

    private static final int BATCH = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate writing;
    private final TransactionTemplate reading;
    private final ChainAnchors anchors;

    AuditChain(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions, ChainAnchors anchors) {
        this.jdbc = jdbc;
        this.anchors = anchors;
        this.batch = batch;
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /**
     * Links every entry committed so far that is not in the chain yet; returns how many it linked (0 also when
     * another node is linking right now).
     */
    public int link() {
        int total = 0;
        int linked;
        do {
            linked = writing.execute(status -> linkBatch());
            total += linked;
        } while (linked == BATCH);
        return total;
    }

    private int linkBatch() {
        var head = jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE SKIP LOCKED")
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2))).optional();
        if (head.isEmpty()) {
            return 0;
        }
        var waiting = jdbc.sql("SELECT entry_seq FROM audit_unchained ORDER BY entry_seq LIMIT ?").param(BATCH)
                .query(Long.class).list();
        if (waiting.isEmpty()) {
            return 0;
        }
        // By key, not by a join: with a join the planner walked the whole log to find the few entries waiting.
        var pending = jdbc.sql("""
                SELECT e.*, CAST(NULL AS BIGINT) AS chain_seq, CAST(NULL AS CHAR(64)) AS prev_hash,
                       CAST(NULL AS CHAR(64)) AS entry_hash
                FROM audit_entries e WHERE e.seq IN (:seqs) ORDER BY e.seq""").param("seqs", waiting)
                .query((rs, n) -> AuditQueries.map(rs)).list();
        long position = head.get().position();
        String previous = head.get().hash();
        var rows = new ArrayList<Object[]>();
        for (var entry : pending) {
            position++;
            String hash = entry.hashAt(position, previous);
            rows.add(new Object[] { position, entry.seq(), previous, hash });
            previous = hash;
        }
        batch.batchUpdate("INSERT INTO audit_chain (chain_seq, entry_seq, prev_hash, entry_hash) VALUES (?, ?, ?, ?)",
                rows);
        batch.batchUpdate("DELETE FROM audit_unchained WHERE entry_seq = ?",
                pending.stream().map(e -> new Object[] { e.seq() }).toList());
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(position, previous)
                .update();
        return pending.size();
    }

    private record Link(long position, String hash) {
    }

    /**
     * Links what is waiting, then walks the whole chain in order and returns the first position at which it does
     * not hold, and why: a changed entry, a removed entry or link, a broken link, an entry that was written but
     * is neither in the chain nor waiting for it, or (against the signed checkpoints kept outside the database) a
     * chain rewritten or cut short since a checkpoint.
     */
    public Optional<BrokenLink> verify() {
        link();
        var checkpoints = anchors.read();
        return Optional.ofNullable(reading.execute(status -> {
            BrokenLink broken = check(1, checkpoints);
            return broken != null ? broken : outsideTheChain(head() + 1);
        }));
    }

    /**
     * Walks only the part of the chain written since the checkpoint {@code from} (all of it when {@code null}),
     * checking that the chain still holds the checkpoint's hash at its position and grows from there.
     */
    Optional<BrokenLink> verifySince(ChainAnchors.Anchor from) {
        link();
        var checkpoints = anchors.read();
        return Optional.ofNullable(reading.execute(status -> check(from == null ? 1 : from.position(),
                checkpoints)));
    }

    /** The end of the chain: its last position (0 when empty) and the hash there. */
    ChainAnchors.Anchor end() {
        return reading.execute(status -> jdbc.sql("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1")
                .query((rs, n) -> new ChainAnchors.Anchor(null, rs.getLong(1), rs.getString(2))).single());
    }

    private long head() {
        return jdbc.sql("SELECT last_seq FROM audit_chain_head WHERE id = 1").query(Long.class).single();
    }

    private BrokenLink check(long from, ChainAnchors.Checkpoints checkpoints) {
        if (checkpoints.problem() != null) {
            return new BrokenLink(0, checkpoints.problem());
        }
        var anchored = checkpoints.byPosition();
        // The head first: whatever the walk then sees, the chain must reach at least this far.
        long head = head();
        var state = new Object() {
            String previous = from == 1 ? AuditQueries.GENESIS : null;
            long expected = from;
            BrokenLink broken;
        };
        jdbc.sql("""
                SELECT c.chain_seq, c.entry_seq, c.prev_hash, c.entry_hash, e.*
                FROM audit_chain c LEFT JOIN audit_entries e ON e.seq = c.entry_seq
                WHERE c.chain_seq >= ? ORDER BY c.chain_seq""").param(from)
                .query(rs -> {
                    if (state.broken != null) {
                        return;
                    }
                    long position = rs.getLong("chain_seq");
                    String prev = rs.getString("prev_hash");
                    String hash = rs.getString("entry_hash");
                    var anchor = anchored.get(position);
                    if (position != state.expected) {
                        state.broken = new BrokenLink(state.expected, "the link at this position is missing");
                    } else if (rs.getObject("seq") == null) {
                        state.broken = new BrokenLink(position, "entry " + rs.getLong("entry_seq") + " was removed");
                    } else if (state.previous != null && !prev.equals(state.previous)) {
                        state.broken = new BrokenLink(position, "does not link to the entry before it");
                    } else if (!hash.equals(AuditQueries.map(rs).hashAt(position, prev))) {
                        state.broken = new BrokenLink(position, "its content was changed after it was written");
                    } else if (anchor != null && !anchor.hash().equals(hash)) {
                        state.broken = new BrokenLink(position, "it differs from the checkpoint signed at "
                                + anchor.at() + ": the log was rewritten after that checkpoint");
                    }
                    state.previous = hash;
                    state.expected = position + 1;
                });
        if (state.broken != null) {
            return state.broken;
        }
        if (state.expected <= head) {
            return new BrokenLink(state.expected, "the chain ends before its recorded end at " + head);
        }
        var last = checkpoints.last();
        if (last != null && last.position() >= state.expected) {
            return new BrokenLink(state.expected, "the chain ends at " + (state.expected - 1)
                    + " but the checkpoint signed at " + last.at() + " recorded position " + last.position()
                    + ": entries were removed from its end");
        }
        return null;
    }

    private BrokenLink outsideTheChain(long end) {
        var lost = jdbc.sql("""
                SELECT MIN(e.seq) FROM audit_entries e
                WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.entry_seq = e.seq)
                  AND NOT EXISTS (SELECT 1 FROM audit_unchained u WHERE u.entry_seq = e.seq)""")
                .query(Long.class).optional();
        if (lost.isPresent()) {
            return new BrokenLink(end, "entry " + lost.get() + " was written but is not in the chain");
        }
        var vanished = jdbc.sql("""
                SELECT MIN(u.entry_seq) FROM audit_unchained u
                WHERE NOT EXISTS (SELECT 1 FROM audit_entries e WHERE e.seq = u.entry_seq)""")
                .query(Long.class).optional();
        return vanished.map(seq -> new BrokenLink(end, "entry " + seq + " was removed before it was chained"))
                .orElse(null);
    }
}
