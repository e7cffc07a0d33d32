package org.tpiclinic.scheduling;

import java.time.ZoneOffset;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tpiclinic.patients.PatientsMerged;
import org.tpiclinic.shared.ConflictException;

/**
 * When a duplicate chart is merged, its appointments move to the chart that stays, in the merge's own
 * transaction (a failure here undoes the merge). Online requests and waitlist entries are moved by their own
 * modules, which listen to the same event. Two active appointments of the
 * two charts at overlapping times would double-book one person, so the merge is refused until one is cancelled.
 */
@Component
class MergedPatientAppointments {

    private final JdbcClient jdbc;

    MergedPatientAppointments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(PatientsMerged merged) {
        var clash = jdbc.sql("""
                SELECT a.start_at FROM appointments a JOIN appointments b
                    ON a.start_at < b.end_at AND b.start_at < a.end_at
                 WHERE a.patient_id = ? AND b.patient_id = ?
                   AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
                 ORDER BY a.start_at FETCH FIRST 1 ROWS ONLY""")
                .params(merged.mergedId(), merged.survivorId())
                .query(java.time.OffsetDateTime.class).optional();
        if (clash.isPresent()) {
            throw new ConflictException("Both charts have an appointment at " + clash.get().withOffsetSameInstant(
                    ZoneOffset.UTC).toLocalDateTime() + " UTC. Cancel the one on the duplicate chart, then merge.");
        }
        jdbc.sql("UPDATE appointments SET patient_id = ?, version = version + 1 WHERE patient_id = ?")
                .params(merged.survivorId(), merged.mergedId()).update();
    }
}
