package org.tpiclinic.procedures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.scheduling.AppointmentDesk;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.shared.AppointmentId;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.LocationId;
import org.tpiclinic.shared.PatientId;
import org.tpiclinic.site.PracticeSettings;

/**
 * The procedures module's API for sessions: open (from an appointment or ad hoc), read, save the draft as the
 * clinician types, and the live safety facts. Signing and addenda are in {@link SessionSigning}. Every read and
 * change checks the acting user on the server ({@link SessionAccess}) and writes one audit entry in the same
 * transaction; a concurrent change answers 409 and changes nothing.
 */
@Service
@Transactional
public class Procedures {

    /** How many days back a late entry may be dated. */
    public static final int LATE_ENTRY_DAYS = 14;

    private final InjectionSessions sessions;
    private final SessionAccess access;
    private final SafetyCheck safety;
    private final Places places;
    private final Vocabulary vocabulary;
    private final Clock clock;

    Procedures(InjectionSessions sessions, SessionAccess access, SafetyCheck safety, Places places,
            Vocabulary vocabulary) {
        this.sessions = sessions;
        this.access = access;
        this.safety = safety;
        this.places = places;
        this.vocabulary = vocabulary;
        this.clock = places.clock;
    }

    /** Where a session takes place: the acting clinician, the appointment's location and local date. */
    @org.springframework.stereotype.Component
    static class Places {
        final SchedulingDirectory directory;
        final AppointmentDesk appointments;
        final PracticeSettings practice;
        final Clock clock;

        Places(SchedulingDirectory directory, AppointmentDesk appointments, PracticeSettings practice, Clock clock) {
            this.directory = directory;
            this.appointments = appointments;
            this.practice = practice;
            this.clock = clock;
        }
    }

    /**
     * Opens a draft for the patient, from their appointment (its location and date) or ad hoc ({@code appointment}
     * null: today in the practice's zone). An appointment that already has a draft gets that draft back.
     */
    public InjectionSession open(CurrentUser actor, PatientId patient, @Nullable AppointmentId appointment) {
        access.requireClinician(actor, patient, "open injection session");
        var clinician = clinicianOf(actor);
        LocationId location = null;
        LocalDate date = LocalDate.now(clock.withZone(places.practice.zone()));
        if (appointment != null) {
            var booked = places.appointments.get(actor, appointment.value());
            if (!booked.patientId().equals(patient.value())) {
                throw new org.tpiclinic.shared.NotFoundException("The appointment");
            }
            var existing = sessions.findByAppointmentId(appointment.value()).stream()
                    .filter(s -> !s.signed()).findFirst();
            if (existing.isPresent()) {
                access.record(actor, patient, AuditAction.READ, SessionAccess.target(existing.get().id(), ""));
                return existing.get();
            }
            location = LocationId.of(booked.locationId());
            date = LocalDate.ofInstant(booked.startAt(), places.directory.location(booked.locationId()).zone());
        }
        var session = InjectionSession.open(patient, ClinicianId.of(clinician.id()), clinician.name(), appointment,
                location, date, actor.username(), clock.instant());
        sessions.save(session);
        access.record(actor, patient, AuditAction.CREATE, SessionAccess.target(session.id(), appointment == null
                ? "opened ad hoc" : "opened from appointment " + appointment));
        return session;
    }

    /**
     * Opens a draft for a session done on an earlier day and documented now: a late entry, at most
     * {@link #LATE_ENTRY_DAYS} days back and never in the future. The safety checks at signing are today's (screening,
     * consent, weight); the clinic policies compare the sessions by the day each was performed. Audited as a late
     * entry.
     */
    public InjectionSession openLateEntry(CurrentUser actor, PatientId patient, LocalDate performedOn) {
        access.requireClinician(actor, patient, "open injection session");
        LocalDate today = LocalDate.now(clock.withZone(places.practice.zone()));
        if (performedOn.isAfter(today) || performedOn.isBefore(today.minusDays(LATE_ENTRY_DAYS))) {
            throw new SessionRefused("performedOn", "A late entry is for a session done in the last "
                    + LATE_ENTRY_DAYS + " days, not in the future.");
        }
        var clinician = clinicianOf(actor);
        var session = InjectionSession.open(patient, ClinicianId.of(clinician.id()), clinician.name(), null, null,
                performedOn, actor.username(), clock.instant());
        sessions.save(session);
        access.record(actor, patient, AuditAction.CREATE, SessionAccess.target(session.id(),
                "opened as a late entry for " + performedOn));
        return session;
    }

    private org.tpiclinic.scheduling.Clinician clinicianOf(CurrentUser actor) {
        return places.directory.clinicians().stream().filter(c -> c.userId() != null
                && c.userId().equals(actor.userId())).findFirst().orElseThrow(() -> new ConflictException(
                        "Your account is not set up as a clinician of the practice (Admin, Scheduling setup): "
                                + "ask an admin to add you, then open the session again."));
    }

    /** Refuses (403, audited) anyone but a clinician before a draft is even looked up. */
    public void requireWriter(CurrentUser actor, PatientId patient) {
        access.requireClinician(actor, patient, "injection session draft");
    }

    /** One session of the patient, for staff. */
    public InjectionSession get(CurrentUser actor, PatientId patient, SessionId id) {
        access.requireReader(actor, patient, AuditAction.READ);
        var session = access.find(patient, id);
        access.record(actor, patient, AuditAction.READ, SessionAccess.target(id.value(), ""));
        return session;
    }

    /** The patient's sessions, newest first, for staff. */
    public List<InjectionSession> ofPatient(CurrentUser actor, PatientId patient) {
        access.requireReader(actor, patient, AuditAction.READ);
        var list = sessions.findByPatientIdOrderByPerformedOnDescOpenedAtDesc(patient.value());
        access.record(actor, patient, AuditAction.READ, "injection sessions (" + list.size() + ")");
        return list;
    }

    /**
     * Saves the draft as the clinician sees it now. {@code expectedVersion} is the version the clinician's page
     * was built from: when someone else saved since, 409 and nothing changes.
     */
    public InjectionSession revise(CurrentUser actor, PatientId patient, SessionId id, long expectedVersion,
            Draft draft) {
        access.requireClinician(actor, patient, SessionAccess.target(id.value(), "draft"));
        var session = access.find(patient, id);
        var unknown = vocabulary.problems(draft);
        if (!unknown.isEmpty()) {
            throw new SessionRefused(unknown);
        }
        var facts = draft.sites().isEmpty() || !session.sites().isEmpty() ? null : safety.facts(actor, session, clock);
        session.revise(expectedVersion, draft, facts, actor.username(), clock.instant());
        saveRacing(session);
        access.record(actor, patient, AuditAction.UPDATE, SessionAccess.target(id.value(), "draft v"
                + session.version()));
        return session;
    }

    /** What the other modules say about the session now: readiness, consent per site, the dose report. */
    public SafetyFacts facts(CurrentUser actor, InjectionSession session) {
        access.requireReader(actor, session.patientId(), AuditAction.READ);
        return safety.facts(actor, session, clock);
    }

    static void saveRacing(InjectionSessions sessions, InjectionSession session) {
        try {
            sessions.save(session);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConflictException("Someone else saved this session at the same moment. Your change was not "
                    + "saved and is still on your screen: reload the session to see theirs, then make it again.");
        }
    }

    private void saveRacing(InjectionSession session) {
        saveRacing(sessions, session);
    }
}
