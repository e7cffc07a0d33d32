package org.tpiclinic.scheduling;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@link AppointmentInserts} fragment of {@link Appointments}. */
class AppointmentInsertsImpl implements AppointmentInserts {

    private final JdbcClient jdbc;

    AppointmentInsertsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void insert(Appointment a) {
        jdbc.sql("""
                INSERT INTO appointments (id, version, patient_id, clinician_id, location_id, type_id, start_at, end_at,
                    blocked_until, status, cancel_reason, idempotency_key, series_id, created_by, created_at, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.version(), a.patientId(), a.clinicianId(), a.locationId(), a.typeId(),
                        utc(a.startAt()), utc(a.endAt()), utc(a.blockedUntil()), a.status().name(), a.cancelReason(),
                        a.idempotencyKey(), a.seriesId(), a.createdBy(), utc(a.createdAt()),
                        a.reason())
                .update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
