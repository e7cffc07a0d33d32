package org.tpiclinic.scheduling;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.AppointmentId;
import org.tpiclinic.shared.ClinicianId;

/**
 * The scheduling module's booking API: book a patient (once, or as a series), and reschedule. Each call is one
 * transaction; when the time was taken, even by a booking a moment earlier, nothing is written and a
 * {@link SlotTakenException} offers the nearest free slots. A request repeated with the same idempotency key
 * returns the first booking instead of booking again.
 */
@Service
public class Bookings {

    /** Longest recurring series the front desk can book at once. */
    public static final int MAX_SERIES = 12;
    private static final int ALTERNATIVES = 5;

    private final BookingTransactions transactions;
    private final Appointments appointments;
    private final SlotSearch slots;
    private final SchedulingAccess access;

    Bookings(BookingTransactions transactions, Appointments appointments, SlotSearch slots,
            SchedulingAccess access) {
        this.transactions = transactions;
        this.appointments = appointments;
        this.slots = slots;
        this.access = access;
    }

    public Appointment book(CurrentUser actor, BookingRequest request) {
        return bookSeries(actor, request, 1, 1).get(0);
    }

    /**
     * Books {@code count} appointments, {@code everyWeeks} weeks apart at the same local time, all or none.
     */
    public List<Appointment> bookSeries(CurrentUser actor, BookingRequest request, int everyWeeks, int count) {
        access.requireEditorOrSelf(actor, request.patientId(), AuditAction.CREATE, "appointment");
        if (count < 1 || count > MAX_SERIES || everyWeeks < 1 || everyWeeks > 8) {
            throw new IllegalArgumentException("A series is 1 to " + MAX_SERIES + " appointments, 1 to 8 weeks apart");
        }
        var starts = starts(request, everyWeeks, count);
        try {
            return retried(() -> transactions.book(actor, request, starts));
        } catch (BookingTransactions.SeriesOverlap taken) {
            return sameKeyOr(request, count, () -> taken(taken.overlap, request, taken.start, taken.index, count));
        } catch (DataAccessException failure) {
            var overlap = BookingGuard.overlapIn(failure);
            if (overlap == null && !BookingGuard.isDuplicateKey(failure)) {
                throw BookingGuard.busyOr(failure);
            }
            return sameKeyOr(request, count, () -> taken(overlap == null ? new BookingGuard.Overlap(false) : overlap,
                    request, request.start(), 0, 1));
        }
    }

    /**
     * The patient's own active appointment of this type at this location starting exactly at {@code start}, if
     * they have one: a resubmitted booking (double click, back button, a second confirmation link) is that
     * booking, not a clash.
     */
    public java.util.Optional<Appointment> existing(UUID patientId, UUID locationId, UUID typeId, Instant start) {
        if (patientId == null) {
            return java.util.Optional.empty();
        }
        return appointments.findForPatient(patientId, start, start.plusSeconds(1)).stream()
                .filter(a -> a.startAt().equals(start) && a.locationId().equals(locationId)
                        && a.typeId().equals(typeId) && a.status().holdsTime()
                        && a.status() != AppointmentStatus.NO_SHOW)
                .findFirst();
    }

    /** Moves a booked appointment to {@code start}, with the same or another clinician (null: the same). */
    public Appointment reschedule(CurrentUser actor, AppointmentId appointment, ClinicianId clinicianId, Instant start) {
        return reschedule(actor, appointment.value(), clinicianId == null ? null : clinicianId.value(), start);
    }

    private Appointment reschedule(CurrentUser actor, UUID appointmentId, UUID clinicianId, Instant start) {
        try {
            return retried(() -> transactions.reschedule(actor, appointmentId, clinicianId, start));
        } catch (BookingGuard.Overlap | DataAccessException failure) {
            var overlap = BookingGuard.overlapIn(failure);
            if (overlap == null) {
                throw BookingGuard.busyOr((RuntimeException) failure);
            }
            var a = appointments.findById(appointmentId).orElseThrow();
            UUID clinician = clinicianId == null ? a.clinicianId() : clinicianId;
            throw new SlotTakenException(message(overlap, 0, 1, start),
                    slots.nearest(a.typeId(), clinician, a.locationId(), start, ALTERNATIVES));
        }
    }

    /**
     * PostgreSQL may resolve two concurrent inserts that violate an exclusion constraint as a deadlock rather
     * than a violation; the rolled-back loser tries again and then sees the winner's row.
     */
    private static <T> T retried(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (org.springframework.dao.PessimisticLockingFailureException busy) {
                if (attempt == 3) {
                    throw busy;
                }
            }
        }
    }

    private List<Appointment> sameKeyOr(BookingRequest request, int count,
            java.util.function.Supplier<SlotTakenException> taken) {
        String key = count == 1 ? request.idempotencyKey() : request.idempotencyKey() + "#1";
        var earlier = appointments.findByIdempotencyKey(key);
        if (earlier.isPresent()) {
            return List.of(earlier.get());
        }
        throw taken.get();
    }

    private SlotTakenException taken(BookingGuard.Overlap overlap, BookingRequest r, Instant at, int index,
            int count) {
        var alternatives = slots.nearest(r.typeId(), r.clinicianId(), r.locationId(), at, ALTERNATIVES);
        return new SlotTakenException(message(overlap, index, count, at), alternatives);
    }

    private static String message(BookingGuard.Overlap overlap, int index, int count, Instant at) {
        String which = count > 1 ? " (appointment " + (index + 1) + " of " + count + ", " + at + ")" : "";
        return overlap.patient
                ? "The patient already has an appointment at that time" + which + ". Nothing was booked."
                : "That time was just taken" + which + ". Nothing was booked; choose one of the free times below.";
    }

    private List<Instant> starts(BookingRequest request, int everyWeeks, int count) {
        if (count == 1) {
            return List.of(request.start());
        }
        var zone = slots.zoneOf(request.locationId());
        var first = request.start().atZone(zone);
        var starts = new ArrayList<Instant>();
        for (int i = 0; i < count; i++) {
            // Same local time every time, across daylight-saving changes.
            starts.add(first.plusWeeks((long) i * everyWeeks).toInstant());
        }
        return starts;
    }
}
