package org.tpiclinic.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment was booked. Times are UTC; {@code zoneId} is the location's IANA zone for showing local time.
 */
public record AppointmentBooked(UUID appointmentId, UUID patientId, UUID clinicianId, UUID locationId,
        UUID typeId, Instant startAt, Instant endAt, String zoneId) {
}
