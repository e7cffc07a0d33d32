package org.tpiclinic.waitlist;

import static org.tpiclinic.waitlist.WaitlistEntries.instant;
import static org.tpiclinic.waitlist.WaitlistEntries.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tpiclinic.waitlist.WaitlistOffer.Status;

/** The offers made from the waitlist. Like entries, they change status only by conditional updates. */
@Repository
class WaitlistOffers {

    static final String SELECT = """
            SELECT o.*, e.patient_id, e.type_id, e.status AS entry_status FROM waitlist_offers o JOIN waitlist_entries e ON e.id = o.entry_id
            """;

    private final JdbcClient jdbc;

    WaitlistOffers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WaitlistOffer o, String tokenHash) {
        jdbc.sql("""
                INSERT INTO waitlist_offers (id, entry_id, token_hash, clinician_id, location_id, start_at, status,
                    created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(o.id(), o.entryId(), tokenHash, o.clinicianId(), o.locationId(), utc(o.startAt()),
                        o.status().name(), utc(o.createdAt()), utc(o.expiresAt()))
                .update();
    }

    Optional<WaitlistOffer> findByTokenHash(String tokenHash) {
        return jdbc.sql(SELECT + " WHERE o.token_hash = ?").param(tokenHash).query(WaitlistOffers::row).optional();
    }

    Optional<WaitlistOffer> findById(UUID id) {
        return jdbc.sql(SELECT + " WHERE o.id = ?").param(id).query(WaitlistOffers::row).optional();
    }

    List<WaitlistOffer> forEntry(UUID entryId) {
        return jdbc.sql(SELECT + " WHERE o.entry_id = ? ORDER BY o.created_at").param(entryId)
                .query(WaitlistOffers::row).list();
    }

    /** True when the entry was already offered this slot (a repeated event delivery). */
    boolean exists(UUID entryId, UUID clinicianId, Instant start) {
        return jdbc.sql("SELECT COUNT(*) FROM waitlist_offers WHERE entry_id = ? AND clinician_id = ? AND start_at = ?")
                .params(entryId, clinicianId, utc(start)).query(Long.class).single() > 0;
    }

    boolean move(UUID id, Status from, Status to) {
        return jdbc.sql("UPDATE waitlist_offers SET status = ? WHERE id = ? AND status = ?")
                .params(to.name(), id, from.name()).update() == 1;
    }

    void accepted(UUID id, UUID appointmentId) {
        jdbc.sql("UPDATE waitlist_offers SET status = 'ACCEPTED', appointment_id = ? WHERE id = ?")
                .params(appointmentId, id).update();
    }

    /** The other open offers of the same slot (clinician and start), which the accepted one closes. */
    List<WaitlistOffer> openForSlot(UUID clinicianId, Instant start) {
        return jdbc.sql(SELECT + " WHERE o.clinician_id = ? AND o.start_at = ? AND o.status = 'OPEN'")
                .params(clinicianId, utc(start)).query(WaitlistOffers::row).list();
    }

    /** The times (clinician, location, start) holding open offers that ran out by {@code now}, at most {@code max}. */
    List<OfferedTime> dueTimes(Instant now, int max) {
        return jdbc.sql("""
                SELECT DISTINCT clinician_id, location_id, start_at FROM waitlist_offers
                 WHERE status = 'OPEN' AND expires_at <= ? ORDER BY start_at FETCH FIRST ? ROWS ONLY""")
                .params(utc(now), max)
                .query((rs, n) -> new OfferedTime(rs.getObject("clinician_id", UUID.class),
                        rs.getObject("location_id", UUID.class), instant(rs, "start_at")))
                .list();
    }

    /**
     * Locks the open offers of a time that ran out by {@code now}, skipping those another transaction (a
     * sweep on another node) holds, so only one node expires and re-offers them.
     */
    List<WaitlistOffer> lockDue(UUID clinicianId, Instant start, Instant now) {
        return jdbc.sql("""
                SELECT id FROM waitlist_offers WHERE clinician_id = ? AND start_at = ? AND status = 'OPEN'
                   AND expires_at <= ? FOR UPDATE SKIP LOCKED""")
                .params(clinicianId, utc(start), utc(now)).query(UUID.class).list().stream()
                .map(id -> findById(id).orElseThrow()).toList();
    }

    /** A clinician's time at a location that was offered. */
    record OfferedTime(UUID clinicianId, UUID locationId, Instant startAt) {
    }

    static WaitlistOffer row(ResultSet rs, int n) throws SQLException {
        return new WaitlistOffer(rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class),
                rs.getObject("patient_id", UUID.class), rs.getObject("type_id", UUID.class),
                rs.getObject("clinician_id", UUID.class), rs.getObject("location_id", UUID.class),
                instant(rs, "start_at"), Status.valueOf(rs.getString("status")), instant(rs, "created_at"),
                instant(rs, "expires_at"), rs.getObject("appointment_id", UUID.class),
                WaitlistStatus.valueOf(rs.getString("entry_status")));
    }
}
