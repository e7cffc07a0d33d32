package org.tpiclinic.scheduling;

import java.time.Clock;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.AppointmentId;

/**
 * The day of the appointment at the front desk: check in, complete, no-show (both only once it has started, and
 * both undoable), cancel with a reason. Each change is checked by the {@link Appointment} itself, audited, and
 * announced as an event where other modules act on it (a cancellation; completed and no-show end the reminders).
 */
@Service
@Transactional
public class AppointmentDesk {

    private final Appointments appointments;
    private final Locations locations;
    private final SchedulingAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AppointmentDesk(Appointments appointments, Locations locations, SchedulingAccess access,
            ApplicationEventPublisher events, Clock clock) {
        this.appointments = appointments;
        this.locations = locations;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** One appointment, for staff; the read is audited. */
    public Appointment get(CurrentUser actor, UUID appointmentId) {
        var appointment = find(appointmentId);
        access.requireStaff(actor, appointment.patientId(), "appointment " + appointmentId);
        access.record(actor, appointment.patientId(), AuditAction.READ, "appointment " + appointmentId);
        return appointment;
    }

    public Appointment checkIn(CurrentUser actor, UUID appointmentId) {
        return change(actor, appointmentId, "checked in", Appointment::checkIn);
    }

    /** Marks it completed; refused before the start time. Pending reminders are withdrawn. */
    public Appointment complete(CurrentUser actor, UUID appointmentId) {
        return closed(change(actor, appointmentId, "completed", a -> a.complete(clock.instant())));
    }

    /** Marks it a no-show; refused before the start time. Pending reminders are withdrawn. */
    public Appointment markNoShow(CurrentUser actor, UUID appointmentId) {
        return closed(change(actor, appointmentId, "no-show", a -> a.markNoShow(clock.instant())));
    }

    /** Undoes "completed" or "no-show" (a mistaken click): back to booked or checked in, audited. */
    public Appointment reopen(CurrentUser actor, UUID appointmentId) {
        return change(actor, appointmentId, "reopened (completed / no-show undone)", Appointment::reopen);
    }

    private Appointment closed(Appointment a) {
        events.publishEvent(new AppointmentClosed(a.id(), a.patientId(), a.status()));
        return a;
    }

    /** Cancels it with the reason given (staff, or the patient themself); its time is free again. */
    public Appointment cancel(CurrentUser actor, AppointmentId appointment, String reason) {
        var a = change(actor, appointment.value(), "cancelled: " + reason, it -> it.cancel(reason), true);
        var zone = locations.findById(a.locationId()).map(Location::zone).orElseThrow();
        events.publishEvent(new AppointmentCancelled(a.id(), a.patientId(), a.clinicianId(), a.locationId(),
                a.typeId(), a.startAt(), a.endAt(), zone.getId(), a.cancelReason(), a.version()));
        return a;
    }

    private Appointment change(CurrentUser actor, UUID appointmentId, String what, Consumer<Appointment> change) {
        return change(actor, appointmentId, what, change, false);
    }

    /** @param bySelf whether the patient may make this change to their own appointment (only cancelling) */
    private Appointment change(CurrentUser actor, UUID appointmentId, String what, Consumer<Appointment> change,
            boolean bySelf) {
        var appointment = find(appointmentId);
        if (bySelf) {
            access.requireEditorOrSelf(actor, appointment.patientId(), AuditAction.UPDATE, "appointment " + appointmentId);
        } else {
            access.requireEditor(actor, appointment.patientId(), AuditAction.UPDATE, "appointment " + appointmentId);
        }
        change.accept(appointment);
        try {
            appointments.save(appointment);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConflictException("Someone else changed this appointment at the same moment. Reload it.");
        }
        access.record(actor, appointment.patientId(), AuditAction.UPDATE, "appointment " + appointmentId + " " + what);
        return appointment;
    }

    private Appointment find(UUID appointmentId) {
        return appointments.findById(appointmentId).orElseThrow(() -> new NotFoundException("The appointment"));
    }
}
