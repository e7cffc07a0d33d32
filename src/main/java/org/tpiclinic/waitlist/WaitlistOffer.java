package org.tpiclinic.waitlist;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * A freed slot offered to one waitlist entry until {@code expiresAt}; {@code entryStatus} is the entry's status
 * now. Read model of {@link WaitlistOffers}.
 */
public record WaitlistOffer(UUID id, UUID entryId, UUID patientId, UUID typeId, UUID clinicianId, UUID locationId,
        Instant startAt, Status status, Instant createdAt, Instant expiresAt, UUID appointmentId,
        WaitlistStatus entryStatus) {

    /** OPEN until confirmed (ACCEPTED), lost to someone else (TAKEN, CLOSED) or run out (EXPIRED). */
    public enum Status {
        OPEN, ACCEPTED, TAKEN, CLOSED, EXPIRED
    }

    public boolean expired(Clock clock) {
        return status == Status.EXPIRED || status == Status.OPEN && !clock.instant().isBefore(expiresAt);
    }
}
