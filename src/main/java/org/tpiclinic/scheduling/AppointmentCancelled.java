package org.tpiclinic.scheduling;

import java.time.Instant;
import java.util.UUID;

/** An appointment was cancelled, with the reason given. Its time is free again. */
public record AppointmentCancelled(UUID appointmentId, UUID patientId, UUID clinicianId, UUID locationId,
        Instant startAt, String zoneId, String reason) {
}
