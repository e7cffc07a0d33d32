package org.tpiclinic.scheduling;

import java.time.Instant;
import java.util.UUID;

/** An appointment moved from {@code previousStartAt} to a new time (possibly with another clinician). */
public record AppointmentRescheduled(UUID appointmentId, UUID patientId, UUID clinicianId, UUID locationId,
        Instant previousStartAt, Instant startAt, Instant endAt, String zoneId) {
}
