package org.tpiclinic.scheduling;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import org.tpiclinic.shared.ConflictException;

/**
 * A patient's appointment with a clinician at a location. Times are UTC instants; the clinician is busy until
 * {@code blockedUntil} (the end plus the type's buffer). Guards its own status changes: only a booked
 * appointment is rescheduled, checked in or marked a no-show; a cancelled one stays cancelled, with its reason.
 * Never deleted.
 */
@Table("appointments")
public class Appointment {

    /** Longest cancellation reason kept. */
    public static final int REASON_MAX = 300;

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID patientId;
    private UUID clinicianId;
    private final UUID locationId;
    private final UUID typeId;
    private Instant startAt;
    private Instant endAt;
    private Instant blockedUntil;
    private AppointmentStatus status;
    private String cancelReason;
    private final String idempotencyKey;
    private final UUID seriesId;
    private final String createdBy;
    private final Instant createdAt;

    @PersistenceCreator
    Appointment(UUID id, Long version, UUID patientId, UUID clinicianId, UUID locationId, UUID typeId,
            Instant startAt, Instant endAt, Instant blockedUntil, AppointmentStatus status, String cancelReason,
            String idempotencyKey, UUID seriesId, String createdBy, Instant createdAt) {
        this.id = id;
        this.version = version;
        this.patientId = patientId;
        this.clinicianId = clinicianId;
        this.locationId = locationId;
        this.typeId = typeId;
        this.startAt = startAt;
        this.endAt = endAt;
        this.blockedUntil = blockedUntil;
        this.status = status;
        this.cancelReason = cancelReason;
        this.idempotencyKey = idempotencyKey;
        this.seriesId = seriesId;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    static Appointment book(BookingRequest request, AppointmentType type, UUID seriesId, String key,
            String createdBy, Instant now) {
        Instant end = request.start().plus(type.duration());
        // Version 0 as stored by Appointments.insert; later changes go through save, as updates.
        return new Appointment(UUID.randomUUID(), 0L, request.patientId(), request.clinicianId(),
                request.locationId(), type.id(), request.start(), end, end.plus(type.bufferAfter()),
                AppointmentStatus.BOOKED, null, key, seriesId, createdBy, now);
    }

    void moveTo(UUID clinician, Instant start, AppointmentType type) {
        require(AppointmentStatus.BOOKED, "Only a booked appointment can be rescheduled");
        clinicianId = clinician;
        startAt = start;
        endAt = start.plus(type.duration());
        blockedUntil = endAt.plus(type.bufferAfter());
    }

    void checkIn() {
        require(AppointmentStatus.BOOKED, "Only a booked appointment can be checked in");
        status = AppointmentStatus.CHECKED_IN;
    }

    void complete() {
        if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.CHECKED_IN) {
            throw new ConflictException("This appointment is " + status.name().toLowerCase().replace('_', ' ')
                    + "; it cannot be completed.");
        }
        status = AppointmentStatus.COMPLETED;
    }

    void markNoShow() {
        require(AppointmentStatus.BOOKED, "Only a booked appointment can be marked a no-show");
        status = AppointmentStatus.NO_SHOW;
    }

    void cancel(String reason) {
        if (reason == null || reason.isBlank() || reason.length() > REASON_MAX) {
            throw new IllegalArgumentException("Give a reason for the cancellation (at most " + REASON_MAX
                    + " characters)");
        }
        if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.CHECKED_IN) {
            throw new ConflictException("This appointment is " + status.name().toLowerCase().replace('_', ' ')
                    + "; it cannot be cancelled.");
        }
        status = AppointmentStatus.CANCELLED;
        cancelReason = reason.trim();
    }

    private void require(AppointmentStatus expected, String message) {
        if (status != expected) {
            throw new ConflictException(message + " (it is " + status.name().toLowerCase().replace('_', ' ') + ").");
        }
    }

    public UUID id() { return id; }
    public Long version() { return version; }
    public UUID patientId() { return patientId; }
    public UUID clinicianId() { return clinicianId; }
    public UUID locationId() { return locationId; }
    public UUID typeId() { return typeId; }
    public Instant startAt() { return startAt; }
    public Instant endAt() { return endAt; }
    public Instant blockedUntil() { return blockedUntil; }
    public AppointmentStatus status() { return status; }
    public String cancelReason() { return cancelReason; }
    public String idempotencyKey() { return idempotencyKey; }
    public UUID seriesId() { return seriesId; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
