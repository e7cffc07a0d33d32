package org.tpiclinic.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit log for the admin: filtered, sorted, paged, or streamed whole for export. */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

    static final String GENESIS = "0".repeat(64);

    /** The columns a user may sort by, mapped to SQL; anything else falls back to time. */
    private static final Map<String, String> SORTABLE = Map.of("time", "occurred_at", "user", "username",
            "role", "user_role", "patient", "patient_id", "action", "action", "target", "target", "address",
            "client_address", "outcome", "outcome", "seq", "seq");

    /** Entries with their chain link, if they have one yet. */
    static final String SELECT = """
            SELECT e.*, c.chain_seq, c.prev_hash, c.entry_hash
            FROM audit_entries e LEFT JOIN audit_chain c ON c.entry_seq = e.seq""";

    private final JdbcClient jdbc;

    AuditQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to show. Every field is optional.
     *
     * @param from first day included (UTC)
     * @param to   last day included (UTC)
     */
    public record Filter(UUID patient, String user, AuditAction action, LocalDate from, LocalDate to, String sort,
            boolean ascending) {

        String orderBy() {
            return SORTABLE.getOrDefault(sort == null ? "" : sort, "occurred_at") + (ascending ? " ASC" : " DESC")
                    + ", seq" + (ascending ? " ASC" : " DESC");
        }
    }

    public List<AuditEntry> find(Filter filter, int offset, int limit) {
        var where = where(filter);
        var params = new ArrayList<>(where.params());
        params.add(limit);
        params.add(offset);
        return jdbc.sql(SELECT + where.sql() + " ORDER BY " + filter.orderBy() + " LIMIT ? OFFSET ?").params(params).query((rs, n) -> map(rs)).list();
    }

    public long count(Filter filter) {
        var where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries" + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** Streams every matching entry, in order, without holding them all in memory. */
    public void forEach(Filter filter, Consumer<AuditEntry> sink) {
        var where = where(filter);
        jdbc.sql(SELECT + where.sql() + " ORDER BY " + filter.orderBy())
                .params(where.params()).query(rs -> {
                    sink.accept(map(rs));
                });
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(Filter f) {
        var clauses = new ArrayList<String>();
        var params = new ArrayList<Object>();
        if (f.patient() != null) {
            clauses.add("patient_id = ?");
            params.add(f.patient());
        }
        if (f.user() != null && !f.user().isBlank()) {
            clauses.add("username = ?");
            params.add(f.user().trim().toLowerCase());
        }
        if (f.action() != null) {
            clauses.add("action = ?");
            params.add(f.action().name());
        }
        if (f.from() != null) {
            clauses.add("occurred_at >= ?");
            params.add(f.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            clauses.add("occurred_at < ?");
            params.add(f.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("username"), rs.getString("user_role"), rs.getObject("patient_id", UUID.class),
                AuditAction.valueOf(rs.getString("action")), rs.getString("target"),
                rs.getString("client_address"), AuditOutcome.valueOf(rs.getString("outcome")),
                rs.getObject("chain_seq", Long.class), rs.getString("prev_hash"), rs.getString("entry_hash"));
    }
}
