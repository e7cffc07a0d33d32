package org.tpiclinic.scheduling;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tpiclinic.screening.BookingReasons;

/** The intake's view of the reason typed when booking: the next active appointment's, else the latest one's. */
@Component
class AppointmentReasons implements BookingReasons {

    private final JdbcClient jdbc;
    private final Clock clock;

    AppointmentReasons(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Optional<String> latestFor(UUID patientId) {
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        var next = jdbc.sql("""
                SELECT reason FROM appointments
                 WHERE patient_id = ? AND reason IS NOT NULL AND status <> 'CANCELLED' AND start_at >= ?
                 ORDER BY start_at FETCH FIRST 1 ROWS ONLY""").params(patientId, now).query(String.class).optional();
        if (next.isPresent()) {
            return next;
        }
        return jdbc.sql("""
                SELECT reason FROM appointments WHERE patient_id = ? AND reason IS NOT NULL
                 ORDER BY start_at DESC FETCH FIRST 1 ROWS ONLY""").param(patientId).query(String.class).optional();
    }
}
