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
 * PostgreSQL enforces it with exclusion constraints (SQLState 23P01, mapped here); on H2, which has none,
 * booking transactions lock the single {@code booking_lock} row before checking, so the check and the insert
 * of concurrent bookings happen one after the other (decisions.md, 9). The check runs on both, so the usual
 * case gets a friendly answer before any constraint fires.
 */
@Component
class BookingGuard {

    static final String EXCLUSION_VIOLATION = "23P01";
    static final String UNIQUE_VIOLATION = "23505";

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

    /** Locks (where needed) and checks; {@code except} is the appointment being moved, or null. */
    void lockAndCheck(UUID clinicianId, UUID patientId, Instant start, Instant end, Instant blockedUntil,
            UUID except) {
        if (!exclusionConstraints) {
            jdbc.sql("SELECT id FROM booking_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
        }
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
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
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
