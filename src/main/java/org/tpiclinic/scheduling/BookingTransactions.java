package org.tpiclinic.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.NotFoundException;

/**
 * The transactional part of booking: each method writes all or nothing. A taken time throws
 * {@link BookingGuard.Overlap} (or a constraint violation), which rolls everything back, audit entry included.
 */
@Component
@Transactional
class BookingTransactions {

    private final Appointments appointments;
    private final BookingRules rules;
    private final BookingGuard guard;
    private final SchedulingAccess access;
    private final ApplicationEventPublisher events;

    BookingTransactions(Appointments appointments, BookingRules rules, BookingGuard guard, SchedulingAccess access,
            ApplicationEventPublisher events) {
        this.appointments = appointments;
        this.rules = rules;
        this.guard = guard;
        this.access = access;
        this.events = events;
    }

    /**
     * Books each start in turn (one for a single booking). A repeated key fails on the unique key or on the
     * overlap with the first booking, and {@link Bookings} then returns that booking, so nothing is read first.
     */
    List<Appointment> book(CurrentUser actor, BookingRequest request, List<java.time.Instant> starts) {
        UUID series = starts.size() > 1 ? UUID.randomUUID() : null;
        var booked = new ArrayList<Appointment>();
        var zones = new ArrayList<String>();
        for (int i = 0; i < starts.size(); i++) {
            var occurrence = request.at(starts.get(i), key(request, i, starts.size()));
            booked.add(insert(actor, occurrence, series, i, zones));
        }
        // Audit (which locks the chain head) only after every insert, so waits on the constraints come first.
        for (int i = 0; i < booked.size(); i++) {
            var a = booked.get(i);
            access.record(actor, a.patientId(), AuditAction.CREATE, "appointment " + a.id() + " at " + a.startAt());
            events.publishEvent(new AppointmentBooked(a.id(), a.patientId(), a.clinicianId(), a.locationId(),
                    a.typeId(), a.startAt(), a.endAt(), zones.get(i)));
        }
        return booked;
    }

    private Appointment insert(CurrentUser actor, BookingRequest r, UUID series, int index, List<String> zones) {
        var checked = rules.check(r.clinicianId(), r.locationId(), r.typeId(), r.start());
        var appointment = Appointment.book(r, checked.type(), series, r.idempotencyKey(), actor.username(),
                checked.now());
        try {
            guard.lockAndCheck(r.clinicianId(), r.patientId(), appointment.startAt(), appointment.endAt(),
                    appointment.blockedUntil(), null);
        } catch (BookingGuard.Overlap overlap) {
            throw new SeriesOverlap(overlap, index, r.start());
        }
        try {
            appointments.insert(appointment);
        } catch (DataIntegrityViolationException refused) {
            var overlap = BookingGuard.overlapIn(refused);
            if (overlap != null) {
                throw new SeriesOverlap(overlap, index, r.start());
            }
            if (BookingGuard.isMissingReference(refused)) {
                // Type, location and clinician were just read by the rules: the missing one is the patient.
                throw new NotFoundException("The patient");
            }
            throw refused;
        }
        zones.add(checked.zone().getId());
        return appointment;
    }

    Appointment reschedule(CurrentUser actor, UUID appointmentId, UUID clinicianId, java.time.Instant start) {
        var appointment = appointments.findById(appointmentId)
                .orElseThrow(() -> new NotFoundException("The appointment"));
        access.requireEditorOrSelf(actor, appointment.patientId(), AuditAction.UPDATE, "appointment " + appointmentId);
        UUID clinician = clinicianId == null ? appointment.clinicianId() : clinicianId;
        var checked = rules.check(clinician, appointment.locationId(), appointment.typeId(), start);
        var previous = appointment.startAt();
        var previousClinician = appointment.clinicianId();
        appointment.moveTo(clinician, start, checked.type());
        guard.lockAndCheck(clinician, appointment.patientId(), appointment.startAt(), appointment.endAt(),
                appointment.blockedUntil(), appointment.id());
        appointments.save(appointment);
        access.record(actor, appointment.patientId(), AuditAction.UPDATE, "appointment " + appointmentId
                + " moved from " + previous + " to " + start);
        events.publishEvent(new AppointmentRescheduled(appointment.id(), appointment.patientId(), clinician,
                appointment.locationId(), appointment.typeId(), previousClinician, previous, appointment.startAt(),
                appointment.endAt(), checked.zone().getId(), appointment.version()));
        return appointment;
    }

    private static String key(BookingRequest r, int index, int count) {
        return count == 1 ? r.idempotencyKey() : r.idempotencyKey() + "#" + (index + 1);
    }

    /** An overlap at one occurrence of a series (index 0 for a single booking). */
    static final class SeriesOverlap extends RuntimeException {
        final BookingGuard.Overlap overlap;
        final int index;
        final java.time.Instant start;

        SeriesOverlap(BookingGuard.Overlap overlap, int index, java.time.Instant start) {
            super(overlap.getMessage(), null, false, false);
            this.overlap = overlap;
            this.index = index;
            this.start = start;
        }
    }
}
