package org.tpiclinic.scheduling.web;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tpiclinic.scheduling.BookingRequest;

/**
 * A booking as submitted from a chosen slot. A bean so that each field that fails to parse gets its own
 * message (decisions.md, 8). {@code idempotencyKey} is generated when the page is shown, so a double submit
 * books once.
 */
public class BookingForm {

    @NotNull(message = "Choose a patient")
    private UUID patientId;
    @NotNull(message = "Choose a clinician")
    private UUID clinicianId;
    @NotNull(message = "Choose a location")
    private UUID locationId;
    @NotNull(message = "Choose an appointment type")
    private UUID typeId;
    @NotNull(message = "Choose a time")
    private Instant start;
    @NotBlank @Size(max = 60)
    private String idempotencyKey;
    @Min(value = 1, message = "Every 1 to 8 weeks") @Max(value = 8, message = "Every 1 to 8 weeks")
    private int everyWeeks = 1;
    @Min(value = 1, message = "1 to 12 appointments") @Max(value = 12, message = "1 to 12 appointments")
    private int count = 1;
    @Size(max = 500, message = "Use at most 500 characters")
    private String reason;

    BookingRequest request() {
        return new BookingRequest(patientId, clinicianId, locationId, typeId, start, idempotencyKey).because(reason);
    }

    /** The chosen slot's button value, "clinicianId|locationId|start"; a damaged value leaves the fields empty. */
    public void setSlot(String slot) {
        var parts = slot == null ? new String[0] : slot.split("\\|");
        if (parts.length != 3 || slot.length() > 120) {
            return;
        }
        try {
            clinicianId = UUID.fromString(parts[0]);
            locationId = UUID.fromString(parts[1]);
            start = Instant.parse(parts[2]);
        } catch (RuntimeException damaged) {
            clinicianId = null;
            locationId = null;
            start = null;
        }
    }

    public UUID getPatientId() { return patientId; }
    public void setPatientId(UUID patientId) { this.patientId = patientId; }
    public UUID getClinicianId() { return clinicianId; }
    public void setClinicianId(UUID clinicianId) { this.clinicianId = clinicianId; }
    public UUID getLocationId() { return locationId; }
    public void setLocationId(UUID locationId) { this.locationId = locationId; }
    public UUID getTypeId() { return typeId; }
    public void setTypeId(UUID typeId) { this.typeId = typeId; }
    public Instant getStart() { return start; }
    public void setStart(Instant start) { this.start = start; }
    public String getIdempotencyKey() { return idempotencyKey; }
    public void setIdempotencyKey(String idempotencyKey) { this.idempotencyKey = idempotencyKey; }
    public int getEveryWeeks() { return everyWeeks; }
    public void setEveryWeeks(int everyWeeks) { this.everyWeeks = everyWeeks; }
    public int getCount() { return count; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public void setCount(int count) { this.count = count; }
}
