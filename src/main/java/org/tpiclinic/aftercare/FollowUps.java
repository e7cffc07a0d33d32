package org.tpiclinic.aftercare;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.scheduling.BookingRequest;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.Slot;
import org.tpiclinic.scheduling.SlotSearch;
import org.tpiclinic.scheduling.SlotTakenException;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;

/**
 * The recommended follow-up visit of a plan ({@code tpi.aftercare.follow-up-*}: by default 7 to 14 days after the
 * session): free times of the follow-up type with the same clinician at the same location (any clinician there when
 * that one has none), under the online booking rules, and booking one in one step by the patient. A plan books at
 * most one follow-up (the plan's id is the booking's idempotency key).
 */
@Service
public class FollowUps {

    static final int MAX_OFFERED = 12;

    private final SlotSearch slots;
    private final Bookings bookings;
    private final SchedulingDirectory directory;
    private final AftercareSettings settings;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    FollowUps(SlotSearch slots, Bookings bookings, SchedulingDirectory directory, AftercareSettings settings,
            JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.slots = slots;
        this.bookings = bookings;
        this.directory = directory;
        this.settings = settings;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** Free times for the plan's follow-up (the caller read the plan); empty once one is booked or the window passed. */
    public List<Slot> offer(AftercarePlan plan) {
        var type = directory.types().stream().filter(t -> t.code().equals(settings.followUpType()) && t.active())
                .findFirst();
        if (plan.followUpAppointmentId() != null || type.isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate from = plan.followUpFrom().isBefore(today) ? today : plan.followUpFrom();
        if (plan.followUpTo().isBefore(from)) {
            return List.of();
        }
        UUID typeId = type.get().id();
        var found = find(typeId, plan.clinicianId(), plan.locationId(), from, plan.followUpTo());
        if (found.isEmpty()) {
            found = find(typeId, null, plan.locationId(), from, plan.followUpTo());
        }
        return found.stream().limit(MAX_OFFERED).toList();
    }

    /**
     * Books one of the offered times for the patient of the plan.
     *
     * @throws ConflictException when the time is no longer offered or was just taken (nothing booked)
     */
    public UUID book(CurrentUser actor, AftercarePlan plan, UUID clinicianId, UUID locationId, Instant start) {
        if (actor.role() != Role.PATIENT || !actor.patientId().equals(plan.patientId())) {
            audit.recordDenied(actor, plan.patientId(), AuditAction.CREATE, "follow-up from aftercare plan");
            throw new ForbiddenException("Patients book their own follow-up here; staff use the schedule");
        }
        if (plan.followUpAppointmentId() != null) {
            throw new ConflictException("Your follow-up is already booked. See it under My appointments.");
        }
        var chosen = offer(plan).stream().filter(s -> s.clinicianId().equals(clinicianId)
                && s.locationId().equals(locationId) && s.start().equals(start)).findFirst()
                .orElseThrow(() -> new ConflictException("That time is no longer free. Nothing was booked; choose "
                        + "another time below."));
        String name = "aftercare:" + actor.username();
        var booker = CurrentUser.system(name.length() > 64 ? name.substring(0, 64) : name);
        UUID appointment;
        try {
            appointment = bookings.book(booker, new BookingRequest(plan.patientId(), chosen.clinicianId(),
                    chosen.locationId(), chosen.typeId(), chosen.start(), "aftercare-" + plan.id(),
                    "Follow-up after trigger point session")).id();
        } catch (SlotTakenException taken) {
            throw new ConflictException("That time was just taken. Nothing was booked; choose another time below.");
        }
        jdbc.sql("UPDATE aftercare_plans SET follow_up_appointment_id = ? WHERE id = ? AND follow_up_appointment_id IS NULL")
                .params(appointment, plan.id()).update();
        audit.record(actor, plan.patientId(), AuditAction.CREATE, "follow-up " + appointment + " from aftercare plan "
                + plan.id());
        return appointment;
    }

    private List<Slot> find(UUID typeId, UUID clinicianId, UUID locationId, LocalDate from, LocalDate to) {
        return slots.find(typeId, clinicianId, locationId, from, to, true);
    }
}
