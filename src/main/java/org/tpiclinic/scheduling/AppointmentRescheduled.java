package org.tpiclinic.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment moved from {@code previousStartAt} with {@code previousClinicianId} to a new time, possibly with
 * another clinician. The location never changes on a reschedule, so the freed time is at {@code locationId}.
 *
 * @param previousClinicianId the clinician whose time was freed; null in events stored before the field existed
 *                            (read it through {@link #freedClinicianId()})
 * @param version the appointment's version after the move: grows with every change (calendar SEQUENCE)
 */
public record AppointmentRescheduled(UUID appointmentId, UUID patientId, UUID clinicianId, UUID locationId,
        UUID typeId, UUID previousClinicianId, Instant previousStartAt, Instant startAt, Instant endAt, String zoneId,
        long version) {

    /** The clinician whose time was freed (the new one for events published before the field existed). */
    public UUID freedClinicianId() {
        return previousClinicianId == null ? clinicianId : previousClinicianId;
    }

    /** Whether the appointment left its old time: another start or another clinician. */
    public boolean freedTime() {
        return !previousStartAt.equals(startAt) || !freedClinicianId().equals(clinicianId);
    }
}
