package org.tpiclinic.scheduling;

import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Keeps two active appointments from overlapping, for the clinician (with buffer) and for the patient.
 * PostgreSQL enforces it with exclusion constraints (SQLState 23P01, mapped here to the same answer), so nothing
 * is counted there; a booking only takes transaction-scoped advisory locks on its clinician and its patient, so
 * two bookings that could collide queue instead of inserting at once, which PostgreSQL would often resolve as a
 * deadlock. On H2, which has no exclusion constraints, booking transactions lock the single
 * {@code booking_lock} row and then count overlaps, so the check and the insert of concurrent bookings happen one
 * after the other (decisions.md, 10 and 14).
 */
@Component
class BookingGuard {

    static final String EXCLUSION_VIOLATION = "23P01";
    static final String UNIQUE_VIOLATION = "23505";
    /** A foreign key names no row: 23503 (SQL standard, PostgreSQL), 23506 (H2). */
    static final java.util.Set<String> MISSING_REFERENCE = java.util.Set.of("23503", "23506");

    /** Thrown inside the booking transaction when the time is taken; rolls it back. */
    static final class Overlap extends RuntimeException {
        final boolean patient;

        Overlap(boolean patient) {
            super(patient ? "patient busy" : "clinician busy", null, false, false);
            this.patient = patient;
        }
    }

    private final JdbcClient jdbc;
    private final boolean exclusionConstraints;

    BookingGuard(JdbcClient jdbc, DataSource dataSource) throws Exception {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
        this.exclusionConstraints = product.toLowerCase().contains("postgres");
    }

    /**
     * On PostgreSQL, locks the clinician and the patient (always in that order, so these locks cannot deadlock)
     * and leaves the check to the constraints; on H2, locks the schedule and checks. {@code except} is the
     * appointment being moved, or null.
     */
    void lockAndCheck(UUID clinicianId, UUID patientId, Instant start, Instant end, Instant blockedUntil,
            UUID except) {
        if (exclusionConstraints) {
            // Hash collisions only make unrelated bookings wait a moment.
            jdbc.sql("SELECT pg_advisory_xact_lock(1, hashtext(?)), pg_advisory_xact_lock(2, hashtext(?))")
                    .params(clinicianId.toString(), patientId.toString()).query((rs, n) -> 1).single();
            return;
        }
        jdbc.sql("SELECT id FROM booking_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
        UUID self = except == null ? new UUID(0, 0) : except;
        long clinicianBusy = jdbc.sql("""
                SELECT COUNT(*) FROM appointments WHERE clinician_id = ? AND status <> 'CANCELLED' AND id <> ?
                AND start_at < ? AND blocked_until > ?""")
                .params(clinicianId, self, utc(blockedUntil), utc(start)).query(Long.class).single();
        if (clinicianBusy > 0) {
            throw new Overlap(false);
        }
        long patientBusy = jdbc.sql("""
                SELECT COUNT(*) FROM appointments WHERE patient_id = ? AND status <> 'CANCELLED' AND id <> ?
                AND start_at < ? AND end_at > ?""")
                .params(patientId, self, utc(end), utc(start)).query(Long.class).single();
        if (patientBusy > 0) {
            throw new Overlap(true);
        }
    }

    /** The overlap a database constraint refused, if {@code failure} is one. */
    static Overlap overlapIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Overlap overlap) {
                return overlap;
            }
            if (t instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return new Overlap(String.valueOf(sql.getMessage()).contains("patient_no_overlap"));
            }
        }
        return null;
    }

    static boolean isDuplicateKey(Throwable failure) {
        return hasState(failure, java.util.Set.of(UNIQUE_VIOLATION));
    }

    static boolean isMissingReference(Throwable failure) {
        return hasState(failure, MISSING_REFERENCE);
    }

    private static boolean hasState(Throwable failure, java.util.Set<String> states) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && states.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Two bookings waiting on each other (a deadlock, a lock timeout) is a busy moment, not our error. */
    static RuntimeException busyOr(RuntimeException failure) {
        if (failure instanceof org.springframework.dao.PessimisticLockingFailureException) {
            return new org.tpiclinic.shared.ConflictException(
                    "The schedule was busy with another booking at that moment. Nothing was booked; try again.");
        }
        return failure;
    }

    private static Object utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
