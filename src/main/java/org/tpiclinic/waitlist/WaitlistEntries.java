package org.tpiclinic.waitlist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The waitlist table. Status changes are conditional updates ({@code WHERE status = ...}), so two workers racing
 * for the same entry cannot both move it; the one that changed a row wins.
 */
@Repository
class WaitlistEntries {

    private final JdbcClient jdbc;

    WaitlistEntries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WaitlistEntry e) {
        jdbc.sql("""
                INSERT INTO waitlist_entries (id, patient_id, type_id, clinician_id, location_id, windows, from_date,
                    to_date, note, status, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.id(), e.patientId(), e.typeId(), e.clinicianId(), e.locationId(),
                        TimeWindow.format(e.windows()), e.fromDate(), e.toDate(), e.note(), e.status().name(),
                        e.createdBy(), utc(e.createdAt()))
                .update();
    }

    Optional<WaitlistEntry> findById(UUID id) {
        return jdbc.sql("SELECT * FROM waitlist_entries WHERE id = ?").param(id).query(WaitlistEntries::row)
                .optional();
    }

    List<WaitlistEntry> forPatient(UUID patientId) {
        return jdbc.sql("SELECT * FROM waitlist_entries WHERE patient_id = ? ORDER BY created_at DESC")
                .param(patientId).query(WaitlistEntries::row).list();
    }

    /** How many entries the patient has on the list (waiting or holding an offer). */
    int openCount(UUID patientId) {
        return jdbc.sql("SELECT COUNT(*) FROM waitlist_entries WHERE patient_id = ? AND status IN ('WAITING', 'OFFERED')")
                .param(patientId).query(Integer.class).single();
    }

    /** Entries with one of the statuses (none: any) and, when given, for the type and location; oldest first. */
    List<WaitlistEntry> find(Set<WaitlistStatus> statuses, UUID typeId, UUID locationId, int limit) {
        var sql = new StringBuilder("SELECT * FROM waitlist_entries WHERE 1 = 1");
        var params = new ArrayList<Object>();
        if (!statuses.isEmpty()) {
            sql.append(" AND status IN (").append(String.join(", ", Collections.nCopies(statuses.size(), "?")))
                    .append(")");
            statuses.forEach(s -> params.add(s.name()));
        }
        if (typeId != null) {
            sql.append(" AND type_id = ?");
            params.add(typeId);
        }
        if (locationId != null) {
            sql.append(" AND (location_id IS NULL OR location_id = ?)");
            params.add(locationId);
        }
        sql.append(" ORDER BY created_at, id LIMIT ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query(WaitlistEntries::row).list();
    }

    /** Waiting entries that could fit a slot at the location, oldest first (matching is done in Java). */
    List<WaitlistEntry> waitingAt(UUID locationId) {
        return jdbc.sql("""
                SELECT * FROM waitlist_entries WHERE status = 'WAITING' AND (location_id IS NULL OR location_id = ?)
                ORDER BY created_at, id""").param(locationId).query(WaitlistEntries::row).list();
    }

    /** The open offers the entries hold (at most one each: only a waiting entry is offered), by entry id. */
    Map<UUID, WaitlistOffer> heldOffers(Collection<UUID> entryIds) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(WaitlistOffers.SELECT + " WHERE o.status = 'OPEN' AND o.entry_id IN (:ids)")
                .param("ids", entryIds).query(WaitlistOffers::row).list().stream()
                .collect(Collectors.toMap(WaitlistOffer::entryId, o -> o, (a, b) -> a));
    }

    /** Moves the entry from {@code from} to {@code to}; false when it was not in {@code from} (someone was first). */
    boolean move(UUID id, WaitlistStatus from, WaitlistStatus to, String by) {
        return jdbc.sql("UPDATE waitlist_entries SET status = ?, closed_by = COALESCE(?, closed_by) WHERE id = ? AND status = ?")
                .params(to.name(), by, id, from.name()).update() == 1;
    }

    /** Entries whose date range has passed are no longer waiting. */
    int expirePast(LocalDate today) {
        return jdbc.sql("UPDATE waitlist_entries SET status = 'EXPIRED' WHERE status = 'WAITING' AND to_date < ?")
                .param(today).update();
    }

    /** A merged chart's entries belong to the chart that stays. */
    void movePatient(UUID from, UUID to) {
        jdbc.sql("UPDATE waitlist_entries SET patient_id = ? WHERE patient_id = ?").params(to, from).update();
    }

    private static WaitlistEntry row(ResultSet rs, int n) throws SQLException {
        return new WaitlistEntry(rs.getObject("id", UUID.class), rs.getObject("patient_id", UUID.class),
                rs.getObject("type_id", UUID.class), rs.getObject("clinician_id", UUID.class),
                rs.getObject("location_id", UUID.class), TimeWindow.parse(rs.getString("windows")),
                rs.getObject("from_date", LocalDate.class), rs.getObject("to_date", LocalDate.class),
                rs.getString("note"), WaitlistStatus.valueOf(rs.getString("status")), rs.getString("created_by"),
                instant(rs, "created_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** JDBC drivers agree on OffsetDateTime for TIMESTAMP WITH TIME ZONE (PostgreSQL's cannot bind an Instant). */
    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
