package org.tpiclinic.notifications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The email outbox. Messages are written in the caller's transaction (there must be one), so the change that
 * causes a message and the message itself commit or roll back together: a crash loses neither and never leaves
 * one without the other. The dispatcher sends them later.
 */
@Service
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_messages (id, version, dedupe_key, recipient, subject, text_body, html_body, ics,
                                         created_at, send_after, status, attempts)
            VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0)
            ON CONFLICT DO NOTHING""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    Outbox(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /**
     * Adds a message unless one with the same dedupe key exists (sent or not).
     *
     * @return {@code true} if this call added it, {@code false} if the key was already there
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutboxMessage message) {
        return enqueueAll(List.of(message)) == 1;
    }

    /**
     * Adds the messages (one round trip for all), each unless one with its dedupe key exists.
     *
     * @return how many this call added
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int enqueueAll(List<OutboxMessage> messages) {
        Instant now = clock.instant();
        var rows = messages.stream().map(m -> new Object[] { UUID.randomUUID(), m.dedupeKey(), m.recipient(),
                m.subject(), m.textBody(), m.htmlBody(), m.ics(), utc(now),
                utc(m.sendAfter() == null ? now : m.sendAfter()) }).toList();
        try {
            // ON CONFLICT DO NOTHING (PostgreSQL, and H2 in PostgreSQL mode) does not abort the caller's
            // transaction on a duplicate key, which a caught unique violation would on PostgreSQL.
            // 0: the key was there; anything else (a count, or "succeeded, count unknown") added the row.
            return Arrays.stream(batch.batchUpdate(INSERT, rows)).map(n -> n == 0 ? 0 : 1).sum();
        } catch (DuplicateKeyException raced) {
            // H2 reports a conflict with a row another transaction has not yet committed this way; its
            // transaction goes on, so each message is tried on its own.
            return messages.size() == 1 ? 0 : messages.stream().mapToInt(m -> enqueueAll(List.of(m))).sum();
        }
    }

    /**
     * Withdraws the messages not yet sent whose dedupe key starts with the prefix, such as the reminders of an
     * appointment that moved or was cancelled.
     *
     * @return how many were withdrawn
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int withdraw(String dedupeKeyPrefix) {
        if (dedupeKeyPrefix == null || dedupeKeyPrefix.isBlank()) {
            throw new IllegalArgumentException("a prefix is required");
        }
        String pattern = dedupeKeyPrefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        return jdbc.sql("""
                UPDATE outbox_messages SET status = 'WITHDRAWN', version = version + 1
                 WHERE dedupe_key LIKE ? ESCAPE '!' AND status = 'PENDING'""")
                .param(pattern).update();
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEntry> find(UUID id) {
        return jdbc.sql("SELECT * FROM outbox_messages WHERE id = ?").param(id).query(Outbox::entry).optional();
    }

    @Transactional(readOnly = true)
    public Optional<OutboxEntry> findByDedupeKey(String dedupeKey) {
        return jdbc.sql("SELECT * FROM outbox_messages WHERE dedupe_key = ?").param(dedupeKey)
                .query(Outbox::entry).optional();
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<OutboxEntry> recent(int offset, int limit) {
        return jdbc.sql("SELECT * FROM outbox_messages ORDER BY created_at DESC, id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY")
                .params(offset, limit).query(Outbox::entry).list();
    }

    @Transactional(readOnly = true)
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM outbox_messages").query(Long.class).single();
    }

    static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(rs.getObject("id", UUID.class), rs.getString("dedupe_key"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("text_body"),
                rs.getString("html_body"), rs.getString("ics"), instant(rs, "created_at"),
                instant(rs, "send_after"), OutboxStatus.valueOf(rs.getString("status")), rs.getInt("attempts"),
                rs.getString("last_error"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** JDBC drivers agree on OffsetDateTime for TIMESTAMP WITH TIME ZONE (PostgreSQL's cannot bind an Instant). */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
