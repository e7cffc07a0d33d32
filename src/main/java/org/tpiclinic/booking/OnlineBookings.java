package org.tpiclinic.booking;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.DuplicateCharts;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.scheduling.Appointment;
import org.tpiclinic.scheduling.AppointmentType;
import org.tpiclinic.scheduling.BookingRequest;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.scheduling.Slot;
import org.tpiclinic.scheduling.SlotSearch;
import org.tpiclinic.scheduling.SlotTakenException;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.LinkExpiredException;
import org.tpiclinic.shared.LocationId;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.SecretTokens;

/**
 * Online booking by the public: a request is stored and must be confirmed by an emailed link before anything is
 * booked. Confirming links the request to the existing patient with the same name, date of birth and email, or
 * registers a new patient when nobody has that name and date of birth; when someone does, but with another email
 * address, the request waits for the front desk to say whose chart it is ({@link OnlineMatches}) rather than
 * silently starting a second chart. Then it books through {@link Bookings} with the request id as idempotency key (so a
 * double click books once). For a type that needs approval, the confirmed request waits for staff instead
 * ({@link #approve}). Only types the practice offers online, and only free slots inside the type's minimum
 * notice and horizon, can be requested.
 */
@Service
public class OnlineBookings {

    static final CurrentUser ONLINE = CurrentUser.system("online-booking");
    private static final int ALTERNATIVES = 5;

    private final OnlineRequests requests;
    private final SlotSearch slots;
    private final SchedulingDirectory directory;
    private final Bookings bookings;
    private final PatientRegistry patients;
    private final DuplicateCharts duplicates;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final OnlineBookingSettings settings;
    private final Clock clock;

    OnlineBookings(OnlineRequests requests, SlotSearch slots, SchedulingDirectory directory, Bookings bookings,
            PatientRegistry patients, DuplicateCharts duplicates, ApplicationEventPublisher events,
            TransactionTemplate transactions, OnlineBookingSettings settings, Clock clock) {
        this.duplicates = duplicates;
        this.requests = requests;
        this.slots = slots;
        this.directory = directory;
        this.bookings = bookings;
        this.patients = patients;
        this.events = events;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** The types the practice lets people book online. */
    public List<AppointmentType> types() {
        return directory.types().stream().filter(t -> t.active() && t.bookableOnline()).toList();
    }

    /** An online-bookable type, or 404. */
    public AppointmentType type(UUID typeId) {
        return types().stream().filter(t -> t.id().equals(typeId)).findFirst()
                .orElseThrow(() -> new NotFoundException("The appointment type"));
    }

    /** Free online slots of the type at the location on local dates {@code from} to {@code to}. */
    public List<Slot> freeSlots(UUID typeId, LocationId location, LocalDate from, LocalDate to) {
        return freeAt(typeId, location.value(), from, to);
    }

    /** True when the clinician's exact slot is still free for online booking. */
    public boolean isFree(UUID typeId, LocationId location, ClinicianId clinician, Instant start) {
        return isFreeAt(typeId, location.value(), clinician.value(), start);
    }

    /** The free online slots nearest to {@code wanted} at the location, any clinician. */
    public List<Slot> nearest(UUID typeId, LocationId location, Instant wanted) {
        return nearestTo(typeId, location.value(), wanted);
    }

    private List<Slot> freeAt(UUID typeId, UUID locationId, LocalDate from, LocalDate to) {
        type(typeId);
        directory.location(locationId);
        return slots.find(typeId, null, locationId, from, to, true);
    }

    private boolean isFreeAt(UUID typeId, UUID locationId, UUID clinicianId, Instant start) {
        var day = LocalDate.ofInstant(start, slots.zoneOf(locationId));
        return freeAt(typeId, locationId, day, day).stream()
                .anyMatch(s -> s.clinicianId().equals(clinicianId) && s.start().equals(start));
    }

    private List<Slot> nearestTo(UUID typeId, UUID locationId, Instant wanted) {
        var zone = slots.zoneOf(locationId);
        var day = LocalDate.ofInstant(wanted, zone);
        var today = LocalDate.now(clock.withZone(zone));
        var from = day.minusDays(3).isBefore(today) ? today : day.minusDays(3);
        return freeAt(typeId, locationId, from, day.plusDays(7)).stream()
                .sorted(Comparator.comparing(s -> Duration.between(wanted, s.start()).abs()))
                .limit(ALTERNATIVES).sorted(Comparator.comparing(Slot::start)).toList();
    }

    /**
     * Stores a pending request and (through {@link OnlineBookingRequested}, in the same transaction) asks for
     * the verification email. Nothing is booked until the link is confirmed.
     *
     * @throws OnlineBookingException when the slot is no longer free
     */
    public UUID request(Application a) {
        var type = type(a.typeId());
        var location = directory.location(a.locationId());
        if (!isFreeAt(a.typeId(), a.locationId(), a.clinicianId(), a.start())) {
            throw new OnlineBookingException("That time is no longer free. Choose another time.",
                    nearestTo(a.typeId(), a.locationId(), a.start()));
        }
        String token = token();
        Instant now = clock.instant();
        var request = new OnlineRequest(UUID.randomUUID(), OnlineRequestStatus.PENDING, a.givenName().trim(),
                a.familyName().trim(), a.dateOfBirth(), a.email().trim(), a.phone().trim(), a.reason().trim(),
                a.locationId(), a.typeId(), a.clinicianId(), a.start(), now, now.plus(settings.linkValidity()),
                null, null);
        var slot = new Slot(a.clinicianId(), a.locationId(), a.typeId(), a.start(), a.start().plus(type.duration()),
                location.zone());
        String link = settings.baseUrl().replaceAll("/+$", "") + "/book/confirm/" + token;
        transactions.executeWithoutResult(tx -> {
            requests.insert(request, hash(token));
            events.publishEvent(new OnlineBookingRequested(request.id(), request.email(), request.name(),
                    type.name(), location.name(), slot.label(), location.zone().getId(), link,
                    request.expiresAt()));
        });
        return request.id();
    }

    /** The request a link names; 404 for an unknown token, {@link LinkExpiredException} for an expired one. */
    public OnlineRequest byToken(String token) {
        if (token == null || token.length() > SecretTokens.MAX_LENGTH) {
            throw new NotFoundException("The booking request");
        }
        var request = requests.findByTokenHash(hash(token))
                .orElseThrow(() -> new NotFoundException("The booking request"));
        if (request.expired(clock)) {
            throw new LinkExpiredException();
        }
        return request;
    }

    /**
     * Confirms the request the link names, optionally at another free time ({@code clinicianId} and
     * {@code start} both set). Confirming twice returns the first outcome.
     *
     * @throws OnlineBookingException when the time was taken meanwhile (nothing booked; the request stays open)
     */
    public OnlineRequest confirm(String token, UUID clinicianId, Instant start) {
        var request = byToken(token);
        if (request.status() != OnlineRequestStatus.PENDING) {
            return request;
        }
        if (clinicianId != null && start != null
                && !(clinicianId.equals(request.clinicianId()) && start.equals(request.startAt()))) {
            if (!isFreeAt(request.typeId(), request.locationId(), clinicianId, start)) {
                throw new OnlineBookingException("That time is no longer free. Choose another time.",
                        nearestTo(request.typeId(), request.locationId(), start));
            }
            requests.moveTo(request.id(), clinicianId, start);
        }
        var linked = transactions.execute(tx -> linkPatient(request.id()));
        if (linked.status() != OnlineRequestStatus.PENDING) {
            return linked;
        }
        if (directory.type(linked.typeId()).requiresApproval()) {
            requests.awaitApproval(linked.id());
            return requests.findById(linked.id()).orElseThrow();
        }
        return book(ONLINE, linked, true);
    }

    /** Staff: the confirmed requests waiting for approval, oldest first. */
    public List<OnlineRequest> awaitingApproval(CurrentUser actor) {
        requireStaff(actor);
        return requests.withStatus(OnlineRequestStatus.AWAITING_APPROVAL);
    }

    /** Staff: books an approved request at its time. */
    public OnlineRequest approve(CurrentUser actor, UUID requestId) {
        if (!actor.mayEditRecords()) {
            throw new ForbiddenException("Only front desk, clinicians and admins approve online requests");
        }
        var request = requests.findById(requestId).orElseThrow(() -> new NotFoundException("The request"));
        if (request.status() != OnlineRequestStatus.AWAITING_APPROVAL) {
            return request;
        }
        return book(actor, request, false);
    }

    /** Staff: declines a request waiting for approval (nothing is booked). */
    public void decline(CurrentUser actor, UUID requestId) {
        if (!actor.mayEditRecords()) {
            throw new ForbiddenException("Only front desk, clinicians and admins decline online requests");
        }
        requests.findById(requestId).orElseThrow(() -> new NotFoundException("The request"));
        requests.decline(requestId, actor.username());
    }

    /**
     * A signed-in patient books for themself: no email check, their own patient id, online rules. The same
     * time submitted again returns the booking they already have.
     *
     * @throws OnlineBookingException when the time is no longer free
     */
    public Appointment bookForSelf(CurrentUser patient, UUID typeId, LocationId location, ClinicianId clinician,
            Instant start, String idempotencyKey, String reason) {
        UUID locationId = location.value();
        UUID clinicianId = clinician.value();
        requirePatient(patient);
        type(typeId);
        var own = bookings.existing(patient.patientId(), locationId, typeId, start);
        if (own.isPresent()) { // submitted again (back button, a second tab): that is their booking
            return own.get();
        }
        if (!isFreeAt(typeId, locationId, clinicianId, start)) {
            throw new OnlineBookingException("That time is no longer free. Choose another time.",
                    nearestTo(typeId, locationId, start));
        }
        try {
            return bookings.book(patient, new BookingRequest(patient.patientId(), clinicianId,
                    locationId, typeId, start, idempotencyKey).because(reason));
        } catch (SlotTakenException taken) {
            throw new OnlineBookingException(taken.getMessage(), nearestTo(typeId, locationId, start));
        }
    }

    private OnlineRequest book(CurrentUser actor, OnlineRequest request, boolean online) {
        var own = bookings.existing(request.patientId(), request.locationId(), request.typeId(), request.startAt());
        if (own.isPresent()) { // the same person's booking, confirmed again through another request
            requests.booked(request.id(), own.get().id(), actor.username());
            return requests.findById(request.id()).orElseThrow();
        }
        if (online && !isFreeAt(request.typeId(), request.locationId(), request.clinicianId(), request.startAt())) {
            throw new OnlineBookingException("That time was just taken. Nothing was booked; choose one of the "
                    + "free times below.", nearestTo(request.typeId(), request.locationId(), request.startAt()));
        }
        try {
            var appointment = bookings.book(actor, new BookingRequest(request.patientId(), request.clinicianId(),
                    request.locationId(), request.typeId(), request.startAt(), request.id().toString())
                    .because(request.reason()));
            requests.booked(request.id(), appointment.id(), actor.username());
        } catch (SlotTakenException taken) {
            throw new OnlineBookingException(taken.getMessage(),
                    nearestTo(request.typeId(), request.locationId(), request.startAt()));
        }
        return requests.findById(request.id()).orElseThrow();
    }

    /**
     * In a transaction holding the request's row: links it to a patient once, registering one when nobody has
     * the name and date of birth; a namesake with another email address sends it to the front desk instead.
     */
    private OnlineRequest linkPatient(UUID requestId) {
        var request = requests.lock(requestId).orElseThrow();
        if (request.patientId() != null || request.status() != OnlineRequestStatus.PENDING) {
            return request;
        }
        var details = new PatientDetails(request.givenName(), request.familyName(), null, request.dateOfBirth(),
                Sex.UNKNOWN, request.phone(), request.email(), null, null, null, null, null, null, null);
        var registration = patients.register(ONLINE, details, false);
        if (registration.done()) {
            requests.linkPatient(requestId, registration.registered().id(), clock.instant());
        } else {
            String email = request.email().toLowerCase(Locale.ROOT);
            var sameEmail = registration.possibleDuplicates().stream()
                    .filter(p -> p.email() != null && p.email().trim().toLowerCase(Locale.ROOT).equals(email))
                    .map(p -> duplicates.survivorOf(p.id())).findFirst();
            if (sameEmail.isPresent()) {
                requests.linkPatient(requestId, sameEmail.get(), clock.instant());
            } else {
                requests.awaitMatch(requestId, clock.instant());
            }
        }
        return requests.findById(requestId).orElseThrow();
    }

    /**
     * A request the front desk has just matched to a chart goes on as if confirmed: to approval, or booked.
     * If its time was taken meanwhile it waits with the approvals, and the exception says so.
     */
    OnlineRequest proceedAfterMatch(CurrentUser actor, UUID requestId) {
        var request = requests.findById(requestId).orElseThrow();
        if (directory.type(request.typeId()).requiresApproval()) {
            requests.awaitApproval(requestId);
            return requests.findById(requestId).orElseThrow();
        }
        try {
            return book(actor, request, false);
        } catch (OnlineBookingException taken) {
            requests.awaitApprovalAfterMatch(requestId);
            throw taken;
        }
    }

    static void requirePatient(CurrentUser user) {
        if (user == null || user.role() != Role.PATIENT) {
            throw new ForbiddenException("Only a signed-in patient can do this");
        }
    }

    private static void requireStaff(CurrentUser actor) {
        if (!actor.isStaff()) {
            throw new ForbiddenException("Only staff see online requests");
        }
    }

    static String token() {
        return SecretTokens.generate();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
