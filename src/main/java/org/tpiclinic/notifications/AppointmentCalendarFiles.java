package org.tpiclinic.notifications;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.scheduling.AppointmentStatus;
import org.tpiclinic.scheduling.Appointments;
import org.tpiclinic.scheduling.CalendarFiles;
import org.tpiclinic.scheduling.SchedulingDirectory;

/**
 * {@link CalendarFiles} from the same {@link AppointmentMessages#invitation} as the emails: the appointment's
 * current time and clinician, its version as the SEQUENCE, and a cancellation for a cancelled appointment.
 */
@Component
class AppointmentCalendarFiles implements CalendarFiles {

    private static final CurrentUser CALENDAR = CurrentUser.system("calendar-file");

    private final Appointments appointments;
    private final PatientRegistry patients;
    private final SchedulingDirectory directory;
    private final AppointmentMessages messages;

    AppointmentCalendarFiles(Appointments appointments, PatientRegistry patients, SchedulingDirectory directory,
            AppointmentMessages messages) {
        this.appointments = appointments;
        this.patients = patients;
        this.directory = directory;
        this.messages = messages;
    }

    @Override
    @Transactional
    public Optional<String> invitation(UUID appointmentId) {
        var a = appointments.findById(appointmentId).orElse(null);
        if (a == null) {
            return Optional.empty();
        }
        var patient = patients.contact(CALENDAR, a.patientId());
        if (patient.email() == null) {
            return Optional.empty();
        }
        var location = directory.location(a.locationId());
        var facts = new AppointmentFacts(a.id(), a.version().intValue(), patient.name(), patient.email(),
                directory.clinician(a.clinicianId()).name(), directory.type(a.typeId()).name(), location.name(),
                location.address(), location.phone(), a.startAt(), Duration.between(a.startAt(), a.endAt()),
                location.zone());
        return Optional.of(messages.invitation(facts, a.status() == AppointmentStatus.CANCELLED));
    }
}
