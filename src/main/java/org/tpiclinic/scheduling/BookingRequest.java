package org.tpiclinic.scheduling;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the front desk asks for: this patient, with this clinician, at this location, for this type, starting at
 * this instant. {@code idempotencyKey} identifies the submission, so a form sent twice books once. {@code reason}
 * (optional, at most {@value Appointment#VISIT_REASON_MAX} characters) is what the patient said the visit is for;
 * it stays with the appointment for the calendar and the intake.
 */
public record BookingRequest(UUID patientId, UUID clinicianId, UUID locationId, UUID typeId, Instant start,
        String idempotencyKey, String reason) {

    /** A request without a visit reason. */
    public BookingRequest(UUID patientId, UUID clinicianId, UUID locationId, UUID typeId, Instant start,
            String idempotencyKey) {
        this(patientId, clinicianId, locationId, typeId, start, idempotencyKey, null);
    }

    public BookingRequest {
        if (patientId == null || clinicianId == null || locationId == null || typeId == null || start == null) {
            throw new IllegalArgumentException("Choose a patient, clinician, location, type and time");
        }
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        if (idempotencyKey.isBlank() || idempotencyKey.length() > 60) {
            throw new IllegalArgumentException("The form was damaged; open it again");
        }
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason != null && reason.length() > Appointment.VISIT_REASON_MAX) {
            throw new IllegalArgumentException("Say what the visit is for in at most "
                    + Appointment.VISIT_REASON_MAX + " characters");
        }
    }

    /** The same request with the patient's reason for the visit. */
    public BookingRequest because(String visitReason) {
        return new BookingRequest(patientId, clinicianId, locationId, typeId, start, idempotencyKey, visitReason);
    }

    BookingRequest at(Instant otherStart, String key) {
        return new BookingRequest(patientId, clinicianId, locationId, typeId, otherStart, key, reason);
    }
}
