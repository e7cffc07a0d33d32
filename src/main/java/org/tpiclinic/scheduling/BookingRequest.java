package org.tpiclinic.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the front desk asks for: this patient, with this clinician, at this location, for this type, starting at
 * this instant. {@code idempotencyKey} identifies the submission, so a form sent twice books once.
 */
public record BookingRequest(UUID patientId, UUID clinicianId, UUID locationId, UUID typeId, Instant start,
        String idempotencyKey) {

    public BookingRequest {
        if (patientId == null || clinicianId == null || locationId == null || typeId == null || start == null) {
            throw new IllegalArgumentException("Choose a patient, clinician, location, type and time");
        }
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 60) {
            throw new IllegalArgumentException("The form was damaged; open it again");
        }
    }

    BookingRequest at(Instant otherStart, String key) {
        return new BookingRequest(patientId, clinicianId, locationId, typeId, otherStart, key);
    }
}
