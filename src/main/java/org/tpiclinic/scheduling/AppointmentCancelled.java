package org.tpiclinic.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment was cancelled, with the reason given. Its time is free again.
 *
 * @param version the appointment's version after cancelling (calendar SEQUENCE)
 */
public record AppointmentCancelled(UUID appointmentId, UUID patientId, UUID clinicianId, UUID locationId,
        UUID typeId, Instant startAt, Instant endAt, String zoneId, String reason, long version) {
}
