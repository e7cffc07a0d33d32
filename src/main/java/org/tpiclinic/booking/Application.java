package org.tpiclinic.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What a person gives on the public booking page, already checked by the form. */
public record Application(UUID locationId, UUID typeId, UUID clinicianId, Instant start, String givenName,
        String familyName, LocalDate dateOfBirth, String email, String phone, String reason) {
}
