package org.tpiclinic.booking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of online booking requests. Requests are never deleted; their status records what happened. */
@Repository
class OnlineRequests {

    private final JdbcClient jdbc;

    OnlineRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(OnlineRequest r, String tokenHash) {
        jdbc.sql("""
                INSERT INTO online_booking_requests (id, token_hash, status, given_name, family_name, date_of_birth,
                    email, phone, reason, location_id, type_id, clinician_id, start_at, created_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), tokenHash, r.status().name(), r.givenName(), r.familyName(), r.dateOfBirth(),
                        r.email(), r.phone(), r.reason(), r.locationId(), r.typeId(), r.clinicianId(),
                        utc(r.startAt()), utc(r.createdAt()), utc(r.expiresAt()))
                .update();
    }

    Optional<OnlineRequest> findByTokenHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM online_booking_requests WHERE token_hash = ?").param(tokenHash)
                .query(OnlineRequests::row).optional();
    }

    Optional<OnlineRequest> findById(UUID id) {
        return jdbc.sql("SELECT * FROM online_booking_requests WHERE id = ?").param(id)
                .query(OnlineRequests::row).optional();
    }

    /** Locks the request until the transaction ends, so two confirmations of it take turns. */
    Optional<OnlineRequest> lock(UUID id) {
        return jdbc.sql("SELECT * FROM online_booking_requests WHERE id = ? FOR UPDATE").param(id)
                .query(OnlineRequests::row).optional();
    }

    List<OnlineRequest> withStatus(OnlineRequestStatus status) {
        return jdbc.sql("SELECT * FROM online_booking_requests WHERE status = ? ORDER BY created_at")
                .param(status.name()).query(OnlineRequests::row).list();
    }

    void linkPatient(UUID id, UUID patientId, Instant verifiedAt) {
        jdbc.sql("UPDATE online_booking_requests SET patient_id = ?, verified_at = ? WHERE id = ?")
                .params(patientId, utc(verifiedAt), id).update();
    }

    /** Confirmed by email, waiting for the front desk to say whose chart it is. */
    void awaitMatch(UUID id, Instant verifiedAt) {
        jdbc.sql("""
                UPDATE online_booking_requests SET status = 'AWAITING_MATCH', verified_at = ?
                 WHERE id = ? AND status = 'PENDING'""").params(utc(verifiedAt), id).update();
    }

    /** The front desk named the chart: the request goes on as a confirmed one (true), unless already decided. */
    boolean matched(UUID id, UUID patientId) {
        return jdbc.sql("""
                UPDATE online_booking_requests SET patient_id = ?, status = 'PENDING'
                 WHERE id = ? AND status = 'AWAITING_MATCH'""").params(patientId, id).update() == 1;
    }

    /** A matched request whose time was taken meanwhile waits for staff like one that needs approval. */
    void awaitApprovalAfterMatch(UUID id) {
        awaitApproval(id);
    }

    void moveTo(UUID id, UUID clinicianId, Instant start) {
        jdbc.sql("UPDATE online_booking_requests SET clinician_id = ?, start_at = ? WHERE id = ? AND status = 'PENDING'")
                .params(clinicianId, utc(start), id).update();
    }

    void awaitApproval(UUID id) {
        jdbc.sql("UPDATE online_booking_requests SET status = 'AWAITING_APPROVAL' WHERE id = ? AND status = 'PENDING'")
                .param(id).update();
    }

    void booked(UUID id, UUID appointmentId, String by) {
        jdbc.sql("UPDATE online_booking_requests SET status = 'BOOKED', appointment_id = ?, decided_by = ? WHERE id = ?")
                .params(appointmentId, by, id).update();
    }

    boolean decline(UUID id, String by) {
        return jdbc.sql("""
                UPDATE online_booking_requests SET status = 'DECLINED', decided_by = ?
                 WHERE id = ? AND status = 'AWAITING_APPROVAL'""").params(by, id).update() == 1;
    }

    /** A merged chart's requests belong to the chart that stays. */
    void movePatient(UUID from, UUID to) {
        jdbc.sql("UPDATE online_booking_requests SET patient_id = ? WHERE patient_id = ?").params(to, from).update();
    }

    private static OnlineRequest row(ResultSet rs, int n) throws SQLException {
        return new OnlineRequest(rs.getObject("id", UUID.class),
                OnlineRequestStatus.valueOf(rs.getString("status")), rs.getString("given_name"),
                rs.getString("family_name"), rs.getObject("date_of_birth", java.time.LocalDate.class),
                rs.getString("email"), rs.getString("phone"), rs.getString("reason"),
                rs.getObject("location_id", UUID.class), rs.getObject("type_id", UUID.class),
                rs.getObject("clinician_id", UUID.class), instant(rs, "start_at"), instant(rs, "created_at"),
                instant(rs, "expires_at"), rs.getObject("patient_id", UUID.class),
                rs.getObject("appointment_id", UUID.class));
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
