package org.tpiclinic.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.scheduling.AppointmentBooked;
import org.tpiclinic.scheduling.AppointmentCancelled;
import org.tpiclinic.scheduling.AppointmentClosed;
import org.tpiclinic.scheduling.AppointmentRescheduled;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.screening.IntakeLinks;

/**
 * Turns scheduling events into emails. Listens synchronously, inside the transaction that booked, moved or
 * cancelled the appointment, so the messages enter the outbox with the change or not at all (decision 21): the
 * outbox is the durable record, and a crash can neither lose a message nor send one for a change that rolled
 * back. The outbox's dedupe keys make a repeated event harmless.
 */
@Component
class AppointmentMailer {

    private static final Logger log = LoggerFactory.getLogger(AppointmentMailer.class);
    private static final CurrentUser MAILER = CurrentUser.system("notifications");

    private final AppointmentNotices notices;
    private final PatientRegistry patients;
    private final SchedulingDirectory directory;
    private final IntakeLinks intakeLinks;

    AppointmentMailer(AppointmentNotices notices, PatientRegistry patients, SchedulingDirectory directory,
            IntakeLinks intakeLinks) {
        this.notices = notices;
        this.patients = patients;
        this.directory = directory;
        this.intakeLinks = intakeLinks;
    }

    /** The confirmation carries a link to the intake questionnaire while the patient has not completed it. */
    @EventListener
    void on(AppointmentBooked e) {
        facts(e.appointmentId(), 0, e.patientId(), e.clinicianId(), e.locationId(), e.typeId(), e.startAt(),
                e.endAt(), e.zoneId()).ifPresent(facts -> notices.booked(facts, intakeLinks.issue(MAILER,
                        e.patientId(), e.startAt(), "appointment " + e.appointmentId())));
    }

    @EventListener
    void on(AppointmentRescheduled e) {
        facts(e.appointmentId(), (int) e.version(), e.patientId(), e.clinicianId(), e.locationId(), e.typeId(),
                e.startAt(), e.endAt(), e.zoneId()).ifPresent(notices::rescheduled);
    }

    /** A cancelled appointment's intake link stops working; the notice goes out as usual. */
    @EventListener
    void on(AppointmentCancelled e) {
        intakeLinks.revoke(MAILER, e.patientId(), "appointment " + e.appointmentId());
        facts(e.appointmentId(), (int) e.version(), e.patientId(), e.clinicianId(), e.locationId(), e.typeId(),
                e.startAt(), e.endAt(), e.zoneId()).ifPresent(notices::cancelled);
    }

    /** Completed or a no-show: the reminders still waiting in the outbox are withdrawn (nothing is sent). */
    @EventListener
    void on(AppointmentClosed e) {
        notices.closed(e.appointmentId());
    }

    private Optional<AppointmentFacts> facts(UUID appointmentId, int sequence, UUID patientId, UUID clinicianId,
            UUID locationId, UUID typeId, Instant start, Instant end, String zone) {
        var patient = patients.contact(MAILER, patientId);
        if (patient.email() == null) {
            log.info("Appointment {}: the patient has no email address, so no email was queued", appointmentId);
            return Optional.empty();
        }
        var location = directory.location(locationId);
        var facts = new AppointmentFacts(appointmentId, sequence, patient.name(),
                patient.email(), directory.clinician(clinicianId).name(), directory.type(typeId).name(),
                location.name(), location.address(), location.phone(), start, Duration.between(start, end),
                ZoneId.of(zone));
        return Optional.of(facts);
    }
}
