package org.tpiclinic.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.scheduling.Appointment;
import org.tpiclinic.scheduling.AppointmentDesk;
import org.tpiclinic.scheduling.AppointmentStatus;
import org.tpiclinic.scheduling.Appointments;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.SlotTakenException;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.AppointmentId;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;

/**
 * A signed-in patient's own appointments: list, cancel and reschedule, but only until the type's cancellation
 * window begins (checked here, on the server); after that the patient calls the practice.
 */
@Service
public class MyAppointments {

    private final Appointments appointments;
    private final AppointmentDesk desk;
    private final Bookings bookings;
    private final OnlineBookings online;
    private final SchedulingDirectory directory;
    private final Clock clock;

    MyAppointments(Appointments appointments, AppointmentDesk desk, Bookings bookings, OnlineBookings online,
            SchedulingDirectory directory, Clock clock) {
        this.appointments = appointments;
        this.desk = desk;
        this.bookings = bookings;
        this.online = online;
        this.directory = directory;
        this.clock = clock;
    }

    /** The patient's appointments from a day ago on, soonest first. */
    public List<Appointment> upcoming(CurrentUser patient) {
        OnlineBookings.requirePatient(patient);
        Instant now = clock.instant();
        return appointments.findForPatient(patient.patientId(), now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(800)));
    }

    /** Whether the patient may still change the appointment online. */
    public boolean changeable(Appointment a) {
        var type = directory.type(a.typeId());
        return a.status() == AppointmentStatus.BOOKED
                && clock.instant().plus(Duration.ofHours(type.cancellationWindowHours())).isBefore(a.startAt());
    }

    /** Cancels the patient's own appointment (recorded as done by the patient). */
    public Appointment cancel(CurrentUser patient, AppointmentId appointmentId) {
        var a = own(patient, appointmentId);
        requireChangeable(a);
        return desk.cancel(patient, appointmentId, "Cancelled online by the patient");
    }

    /** Moves the patient's own appointment to a free online time (recorded as done by the patient). */
    public Appointment reschedule(CurrentUser patient, AppointmentId appointmentId, ClinicianId clinicianId,
            Instant start) {
        var a = own(patient, appointmentId);
        requireChangeable(a);
        var location = LocationId.of(a.locationId());
        if (!online.isFree(a.typeId(), location, clinicianId, start)) {
            throw new OnlineBookingException("That time is no longer free. Choose another time.",
                    online.nearest(a.typeId(), location, start));
        }
        try {
            return bookings.reschedule(patient, appointmentId, clinicianId, start);
        } catch (SlotTakenException taken) {
            throw new OnlineBookingException(taken.getMessage(), online.nearest(a.typeId(), location, start));
        }
    }

    /** The patient's own appointment; someone else's is reported as missing. */
    public Appointment own(CurrentUser patient, AppointmentId appointmentId) {
        OnlineBookings.requirePatient(patient);
        return appointments.findById(appointmentId.value()).filter(a -> a.patientId().equals(patient.patientId()))
                .orElseThrow(() -> new NotFoundException("The appointment"));
    }

    private void requireChangeable(Appointment a) {
        if (!changeable(a)) {
            throw new OutsideWindowException();
        }
    }

    /** Too close to the appointment (or no longer booked) to change it online. */
    public static class OutsideWindowException extends RuntimeException {
        public OutsideWindowException() {
            super("This appointment can no longer be changed online. Please call the practice.", null, false,
                    false);
        }
    }
}
