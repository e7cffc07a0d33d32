package org.tpiclinic.waitlist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.scheduling.SchedulingAccess;
import org.tpiclinic.scheduling.SchedulingDirectory;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * The waitlist API: the front desk (and clinicians, admins) add and withdraw entries for any patient and list
 * them; a signed-in patient joins, sees and leaves only their own. Billing has no use for it and is refused.
 * Every read and change is audited. Offers are made by {@link WaitlistMatcher} and confirmed through
 * {@link WaitlistOfferDesk}.
 */
@Service
@Transactional
public class Waitlist {

    /** Most entries a staff list shows at once. */
    public static final int LIST_LIMIT = 200;

    private final WaitlistEntries entries;
    private final WaitlistOffers offers;
    private final WaitlistMatcher matcher;
    private final WaitlistSettings settings;
    private final SchedulingDirectory directory;
    private final PatientRegistry patients;
    private final SchedulingAccess access;
    private final Clock clock;

    Waitlist(WaitlistEntries entries, WaitlistOffers offers, WaitlistMatcher matcher, WaitlistSettings settings,
            SchedulingDirectory directory, PatientRegistry patients, SchedulingAccess access, Clock clock) {
        this.entries = entries;
        this.offers = offers;
        this.matcher = matcher;
        this.settings = settings;
        this.directory = directory;
        this.patients = patients;
        this.access = access;
        this.clock = clock;
    }

    /** Staff: puts a patient on the waitlist. */
    public WaitlistEntry add(CurrentUser actor, UUID patientId, WaitlistRequest request) {
        access.requireEditor(actor, patientId, AuditAction.CREATE, "waitlist entry");
        if (patients.names(actor, List.of(patientId)).isEmpty()) {
            throw new NotFoundException("The patient");
        }
        return insert(actor, patientId, request);
    }

    /** A signed-in patient joins the waitlist themself. */
    public WaitlistEntry join(CurrentUser patient, WaitlistRequest request) {
        requirePatient(patient);
        return insert(patient, patient.patientId(), request);
    }

    /** Staff: entries by status (none: all), type and location (null: any), oldest first; one audit entry. */
    public List<WaitlistEntry> list(CurrentUser actor, Set<WaitlistStatus> statuses, UUID typeId, UUID locationId) {
        access.requireEditor(actor, null, AuditAction.QUERY, "waitlist");
        entries.expirePast(earliestDay());
        var found = entries.find(statuses, typeId, locationId, LIST_LIMIT);
        access.record(actor, null, AuditAction.QUERY, "waitlist (" + found.size() + " entries)");
        return found;
    }

    /** Staff: the open offers the listed entries hold (what time, until when), by entry id; audited when any. */
    public Map<UUID, WaitlistOffer> heldOffers(CurrentUser actor, List<WaitlistEntry> listed) {
        access.requireEditor(actor, null, AuditAction.QUERY, "waitlist offers");
        var held = entries.heldOffers(listed.stream().filter(e -> e.status() == WaitlistStatus.OFFERED)
                .map(WaitlistEntry::id).toList());
        if (!held.isEmpty()) {
            access.record(actor, null, AuditAction.QUERY, "waitlist offers (" + held.size() + " open)");
        }
        return held;
    }

    /** A signed-in patient's own entries, newest first. */
    public List<WaitlistEntry> mine(CurrentUser patient) {
        requirePatient(patient);
        entries.expirePast(earliestDay());
        var mine = entries.forPatient(patient.patientId());
        access.record(patient, patient.patientId(), AuditAction.READ, "own waitlist entries");
        return mine;
    }

    /**
     * Takes an entry off the list: staff for anyone, a patient only their own (another patient's entry is
     * reported as missing). Withdrawing twice is harmless; an open offer of the entry closes with it.
     */
    public void withdraw(CurrentUser actor, UUID entryId) {
        var entry = entries.findById(entryId).orElseThrow(() -> new NotFoundException("The waitlist entry"));
        if (actor.role() == Role.PATIENT) {
            if (!entry.patientId().equals(actor.patientId())) {
                throw new NotFoundException("The waitlist entry");
            }
        } else {
            access.requireEditor(actor, entry.patientId(), AuditAction.UPDATE, "waitlist entry " + entryId);
        }
        if (entries.move(entryId, WaitlistStatus.WAITING, WaitlistStatus.WITHDRAWN, actor.username())) {
            access.record(actor, entry.patientId(), AuditAction.UPDATE, "waitlist entry " + entryId + " withdrawn");
        } else if (entries.move(entryId, WaitlistStatus.OFFERED, WaitlistStatus.WITHDRAWN, actor.username())) {
            var held = entries.heldOffers(List.of(entryId)).get(entryId);
            if (held == null || !offers.move(held.id(), WaitlistOffer.Status.OPEN, WaitlistOffer.Status.CLOSED)) {
                access.record(actor, entry.patientId(), AuditAction.UPDATE, "waitlist entry " + entryId + " withdrawn");
                return;
            }
            access.record(actor, entry.patientId(), AuditAction.UPDATE, "waitlist entry " + entryId
                    + " withdrawn (offer " + held.id() + " closed)");
            // The closed offer frees its place among the time's offers: the next waiting patient gets it now.
            matcher.freed(held.clinicianId(), held.locationId(), held.startAt(), clock.instant());
        }
    }

    private WaitlistEntry insert(CurrentUser actor, UUID patientId, WaitlistRequest r) {
        directory.type(r.typeId());
        if (r.clinicianId() != null && !directory.clinician(r.clinicianId()).offers(r.typeId())) {
            throw new IllegalArgumentException("That clinician does not offer this kind of appointment");
        }
        if (r.locationId() != null) {
            directory.location(r.locationId());
        }
        if (r.toDate() != null && r.toDate().isBefore(earliestDay())) {
            throw new IllegalArgumentException("The date range is in the past");
        }
        patients.lockForUpdate(patientId); // two joins at once must not both find room for one more
        if (entries.openCount(patientId) >= settings.maxOpenPerPatient()) {
            throw new TooManyOpenEntriesException(settings.maxOpenPerPatient());
        }
        var entry = new WaitlistEntry(UUID.randomUUID(), patientId, r.typeId(), r.clinicianId(), r.locationId(),
                r.windows(), r.fromDate(), r.toDate(), r.note(), WaitlistStatus.WAITING, actor.username(),
                clock.instant());
        entries.insert(entry);
        access.record(actor, patientId, AuditAction.CREATE, "waitlist entry " + entry.id());
        return entry;
    }

    /** Yesterday in UTC: that date may still be today at a location west of Greenwich. */
    private LocalDate earliestDay() {
        return LocalDate.now(clock).minusDays(1);
    }

    static void requirePatient(CurrentUser user) {
        if (user == null || user.role() != Role.PATIENT) {
            throw new ForbiddenException("Only a signed-in patient can do this");
        }
    }
}
