package org.tpiclinic.patients;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * The patients module's API: registering, finding, reading and changing patients' records. Each method checks,
 * on the server, that the acting user may do it (staff reach every patient, a patient only their own record,
 * billing only reads) and writes one audit entry in the same transaction; refusals are audited too.
 */
@Service
@Transactional
public class PatientRegistry {

    private static final int SEARCH_LIMIT = 50;

    private final Patients patients;
    private final PatientSearch search;
    private final PatientEntries entries;
    private final AuditLog audit;
    private final Clock clock;

    PatientRegistry(Patients patients, PatientSearch search, PatientEntries entries, AuditLog audit, Clock clock) {
        this.patients = patients;
        this.search = search;
        this.entries = entries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers a patient, unless someone with the same name and birth date exists and it was not confirmed. */
    public Registration register(CurrentUser actor, PatientDetails details, boolean confirmedNotDuplicate) {
        requireEditor(actor, null, AuditAction.CREATE, "patient");
        if (!confirmedNotDuplicate) {
            var same = patients.findByNameKeyAndDateOfBirth(
                    NameSearch.nameKey(details.givenName(), details.familyName()), details.dateOfBirth());
            if (!same.isEmpty()) {
                audit.record(actor, null, AuditAction.QUERY, "duplicate check (" + same.size() + " found)");
                return new Registration(null, same);
            }
        }
        var patient = Patient.register(Mrn.of(entries.nextMrnNumber()), details, today(), clock.instant());
        patients.save(patient);
        search.index(patient);
        audit.record(actor, patient.id(), AuditAction.CREATE, "patient " + patient.mrn());
        return new Registration(patient, List.of());
    }

    public List<Patient> search(CurrentUser actor, String query) {
        if (!actor.isStaff()) {
            deny(actor, null, AuditAction.QUERY, "patient search");
        }
        var found = search.find(query, SEARCH_LIMIT);
        audit.record(actor, null, AuditAction.QUERY, "search \"" + query + "\" (" + found.size() + " found)");
        return found;
    }

    /**
     * Display names of the given patients (unknown ids are left out), for staff screens that list many at once,
     * such as a day's appointments: one {@link AuditAction#QUERY} entry, not a read per patient.
     */
    public Map<UUID, String> names(CurrentUser actor, Collection<UUID> ids) {
        if (!actor.isStaff()) {
            deny(actor, null, AuditAction.QUERY, "patient names");
        }
        var names = new LinkedHashMap<UUID, String>();
        if (ids.isEmpty()) {
            return names;
        }
        patients.findAllById(ids).forEach(p -> names.put(p.id(), p.displayName()));
        audit.record(actor, ids.size() == 1 ? ids.iterator().next() : null, AuditAction.QUERY,
                "patient names (" + names.size() + ")");
        return names;
    }

    public PatientChart chart(CurrentUser actor, UUID patientId) {
        if (!actor.maySee(patientId)) {
            deny(actor, patientId, AuditAction.READ, "chart");
        }
        var patient = patients.findById(patientId).orElseThrow(() -> new NotFoundException("The patient"));
        audit.record(actor, patientId, AuditAction.READ, "chart");
        return entries.chartOf(patient);
    }

    /**
     * Holds the patient's record until the caller's transaction ends, so that a limit per patient kept elsewhere
     * (open waitlist entries) can count and then add without two requests both seeing room for one more.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForUpdate(UUID patientId) {
        if (!entries.lock(patientId)) {
            throw new NotFoundException("The patient");
        }
    }

    /** Name and email address for a message to the patient: one READ entry, without loading the chart. */
    public PatientContact contact(CurrentUser actor, UUID patientId) {
        if (!actor.maySee(patientId)) {
            deny(actor, patientId, AuditAction.READ, "contact details");
        }
        var contact = entries.contact(patientId).orElseThrow(() -> new NotFoundException("The patient"));
        audit.record(actor, patientId, AuditAction.READ, "contact details");
        return contact;
    }

    public Patient update(CurrentUser actor, UUID patientId, long expectedVersion, PatientDetails details) {
        requireEditor(actor, patientId, AuditAction.UPDATE, "demographics");
        var patient = patients.findById(patientId).orElseThrow(() -> new NotFoundException("The patient"));
        if (patient.version() != expectedVersion) {
            throw new ConflictException("Someone else saved this record while you were editing it. "
                    + "Reload it to see their change, then make yours again.");
        }
        patient.update(details, today());
        try {
            patients.save(patient);
        } catch (OptimisticLockingFailureException raced) {
            throw new ConflictException("Someone else saved this record at the same moment. Reload it and try again.");
        }
        search.index(patient);
        audit.record(actor, patientId, AuditAction.UPDATE, "demographics");
        return patient;
    }

    public Allergy addAllergy(CurrentUser actor, UUID patientId, String substance, AllergyClass allergyClass,
            ReactionType reaction, Severity severity) {
        requireEditor(actor, patientId, AuditAction.CREATE, "allergy");
        requireExists(patientId);
        if (substance == null || substance.isBlank()) {
            throw new FieldRefused("substance", "allergy.error.substance", "Name the substance the patient is allergic to");
        }
        if (allergyClass == null) {
            throw new FieldRefused("allergyClass", "allergy.error.classRequired", "Choose the class of the allergen");
        }
        var allergy = entries.save(Allergy.record(patientId, substance, allergyClass, reaction, severity,
                clock.instant(), actor.username()));
        entries.withdrawAffirmation(patientId);
        audit.record(actor, patientId, AuditAction.CREATE, "allergy " + allergy.substance());
        return allergy;
    }

    public Medication addMedication(CurrentUser actor, UUID patientId, String name, DrugClass drugClass,
            String dose) {
        requireEditor(actor, patientId, AuditAction.CREATE, "medication");
        requireExists(patientId);
        var medication = entries.save(Medication.record(patientId, name, drugClass, dose, clock.instant(),
                actor.username()));
        audit.record(actor, patientId, AuditAction.CREATE, "medication " + medication.name());
        return medication;
    }

    public Condition addCondition(CurrentUser actor, UUID patientId, ConditionKind kind, String note) {
        requireEditor(actor, patientId, AuditAction.CREATE, "condition");
        requireExists(patientId);
        var condition = entries.save(Condition.record(patientId, kind, note, clock.instant(), actor.username()));
        audit.record(actor, patientId, AuditAction.CREATE, "condition " + kind);
        return condition;
    }

    /**
     * Records that the patient affirmed having no known allergies (asked by staff who edit records). Refused
     * while an allergy is recorded: void it first.
     */
    public void affirmNoKnownAllergies(CurrentUser actor, UUID patientId) {
        requireEditor(actor, patientId, AuditAction.UPDATE, "no known allergies");
        requireExists(patientId);
        if (entries.hasActiveAllergy(patientId)) {
            throw new ConflictException("An allergy is recorded for this patient. Void it (a clinician, with a "
                    + "reason) before recording that there are no known allergies.");
        }
        entries.affirmNoKnownAllergies(patientId, new AllergyAffirmation(clock.instant(), actor.username()));
        audit.record(actor, patientId, AuditAction.UPDATE, "no known allergies affirmed");
    }

    /**
     * Voids one allergy, medication or condition of the patient; it stays on the chart as history. An entry a
     * screening rule can block on (an allergy, a condition, a blood thinner or steroid) only a clinician voids.
     */
    public void voidEntry(CurrentUser actor, UUID patientId, PatientEntries.Kind kind, UUID entryId,
            String reason) {
        requireEditor(actor, patientId, AuditAction.VOID, kind.label());
        if (actor.role() != Role.CLINICIAN && entries.rulesDependOn(kind, patientId, entryId)) {
            audit.recordDenied(actor, patientId, AuditAction.VOID, kind.label() + " " + entryId);
            throw new ForbiddenException("Only a clinician voids an allergy, a condition or a blood thinner: "
                    + "screening rules depend on it");
        }
        var voiding = new Voiding(clock.instant(), actor.username(), reason == null ? null : reason.trim());
        entries.voidEntry(kind, patientId, entryId, voiding);
        audit.record(actor, patientId, AuditAction.VOID, kind.label() + " " + entryId + ": " + voiding.reason());
    }

    private void requireEditor(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        if (!actor.mayEditRecords()) {
            deny(actor, patientId, action, target);
        }
    }

    private void requireExists(UUID patientId) {
        if (!patients.existsById(patientId)) {
            throw new NotFoundException("The patient");
        }
        if (entries.mergedAway(patientId)) { // new entries belong on the chart that stayed (DuplicateCharts)
            throw new ConflictException("This chart was merged into another. Add it on the chart that stayed.");
        }
    }

    private void deny(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        audit.recordDenied(actor, patientId, action, target);
        throw new ForbiddenException("You may not do this with this patient's record");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
