package org.tpiclinic.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment moved from {@code previousStartAt} to a new time (possibly with another clinician).
 *
 * @param version the appointment's version after the move: grows with every change (calendar SEQUENCE)
 */
public record AppointmentRescheduled(UUID appointmentId, UUID patientId, UUID clinicianId, UUID locationId,
        UUID typeId, Instant previousStartAt, Instant startAt, Instant endAt, String zoneId, long version) {
}
