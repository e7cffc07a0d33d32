package org.tpiclinic.booking;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A stored online booking request (read model; {@link OnlineRequests} changes it). */
public record OnlineRequest(UUID id, OnlineRequestStatus status, String givenName, String familyName,
        LocalDate dateOfBirth, String email, String phone, String reason, UUID locationId, UUID typeId,
        UUID clinicianId, Instant startAt, Instant createdAt, Instant expiresAt, UUID patientId,
        UUID appointmentId) {

    /** A link that was not used in time no longer works; a request already confirmed is not affected. */
    public boolean expired(Clock clock) {
        return status == OnlineRequestStatus.PENDING && !clock.instant().isBefore(expiresAt);
    }

    public String name() {
        return givenName + " " + familyName;
    }
}
