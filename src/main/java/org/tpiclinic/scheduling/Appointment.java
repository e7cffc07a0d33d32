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
 * appointment is rescheduled, checked in or marked a no-show; completed and no-show only once it has started,
 * and either can be undone (back to the status it had); a cancelled one stays cancelled, with its reason.
 * {@code reason} is what the patient said the visit is for, when booking. Never deleted.
 */
@Table("appointments")
public class Appointment {

    /** Longest cancellation reason kept. */
    public static final int REASON_MAX = 300;
    /** Longest visit reason kept (what the patient typed when booking). */
    public static final int VISIT_REASON_MAX = 500;

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
    private final String reason;
    private AppointmentStatus reopenStatus;

    @PersistenceCreator
    Appointment(UUID id, Long version, UUID patientId, UUID clinicianId, UUID locationId, UUID typeId,
            Instant startAt, Instant endAt, Instant blockedUntil, AppointmentStatus status, String cancelReason,
            String idempotencyKey, UUID seriesId, String createdBy, Instant createdAt, String reason,
            AppointmentStatus reopenStatus) {
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
        this.reason = reason;
        this.reopenStatus = reopenStatus;
    }

    static Appointment book(BookingRequest request, AppointmentType type, UUID seriesId, String key,
            String createdBy, Instant now) {
        Instant end = request.start().plus(type.duration());
        // Version 0 as stored by Appointments.insert; later changes go through save, as updates.
        return new Appointment(UUID.randomUUID(), 0L, request.patientId(), request.clinicianId(),
                request.locationId(), type.id(), request.start(), end, end.plus(type.bufferAfter()),
                AppointmentStatus.BOOKED, null, key, seriesId, createdBy, now, request.reason(), null);
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

    void complete(Instant now) {
        if (status != AppointmentStatus.BOOKED && status != AppointmentStatus.CHECKED_IN) {
            throw new ConflictException("This appointment is " + status.name().toLowerCase().replace('_', ' ')
                    + "; it cannot be completed.");
        }
        requireStarted(now, "completed");
        reopenStatus = status;
        status = AppointmentStatus.COMPLETED;
    }

    void markNoShow(Instant now) {
        require(AppointmentStatus.BOOKED, "Only a booked appointment can be marked a no-show");
        requireStarted(now, "marked a no-show");
        reopenStatus = status;
        status = AppointmentStatus.NO_SHOW;
    }

    /** Undoes "completed" or "no-show": back to the status the appointment had before. */
    void reopen() {
        if ((status != AppointmentStatus.COMPLETED && status != AppointmentStatus.NO_SHOW) || reopenStatus == null) {
            throw new ConflictException("Only a completed or no-show appointment can be undone (it is "
                    + status.name().toLowerCase().replace('_', ' ') + ").");
        }
        status = reopenStatus;
        reopenStatus = null;
    }

    /** True once the start time has come: completed and no-show make sense only then. */
    public boolean hasStarted(Instant now) {
        return !now.isBefore(startAt);
    }

    private void requireStarted(Instant now, String what) {
        if (!hasStarted(now)) {
            throw new ConflictException("This appointment has not started yet, so it cannot be " + what
                    + ". Check the patient in when they arrive; cancel or reschedule if they will not come.");
        }
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
    /** What the patient said the visit is for when booking, or null. */
    public String reason() { return reason; }
    /** The status an undo of "completed" or "no-show" returns to; null otherwise. */
    public AppointmentStatus reopenStatus() { return reopenStatus; }
}
