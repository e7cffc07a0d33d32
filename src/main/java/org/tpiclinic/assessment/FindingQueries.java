package org.tpiclinic.assessment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.ForbiddenException;

/**
 * Questions across patients, for a clinician: who has trigger-point findings in a muscle (either side) or in a zone
 * of the chart, and which findings lie inside a zone. A page at a time ({@link #PAGE_SIZE} rows, ordered by patient
 * so that a page is stable), on the indexes {@code (muscle, patient_id)} and {@code (zone_code, patient_id)}.
 * Clinicians only; each query writes one audit entry naming what was asked and how many rows came back (the
 * patients module audits the look-up of their names).
 */
@Service
@Transactional
public class FindingQueries {

    public static final int PAGE_SIZE = 50;

    /** A patient found, with the name staff read. */
    public record PatientHit(UUID patientId, String name) {
    }

    /** A finding found, with its patient's name. */
    public record FindingHit(TriggerPointFinding finding, String patientName) {
    }

    /** One page of rows; {@code hasNext} when there is at least one row after it. */
    public record Page<T>(List<T> rows, int page, boolean hasNext) {
    }

    private final AssessmentRecords records;
    private final AssessmentChecks checks;
    private final PatientRegistry patients;
    private final AuditLog audit;

    FindingQueries(AssessmentRecords records, AssessmentChecks checks, PatientRegistry patients, AuditLog audit) {
        this.records = records;
        this.checks = checks;
        this.patients = patients;
        this.audit = audit;
    }

    /** Patients with a finding in the muscle, either side. */
    public Page<PatientHit> patientsWithMuscle(CurrentUser actor, String muscle, int page) {
        requireClinician(actor, "patients with findings in muscle " + muscle);
        checks.requireMuscle(muscle);
        return patients(actor, "muscle " + muscle, records.patientsWithFindingsIn(muscle, offset(page),
                PAGE_SIZE + 1), page);
    }

    /** Patients with a finding placed inside the zone. */
    public Page<PatientHit> patientsWithZone(CurrentUser actor, String zone, int page) {
        requireClinician(actor, "patients with findings in zone " + zone);
        checks.requireZone(zone);
        return patients(actor, "zone " + zone, records.patientsWithFindingsInZone(zone, offset(page),
                PAGE_SIZE + 1), page);
    }

    /** The findings placed inside the zone, by patient, newest visit first. */
    public Page<FindingHit> findingsInZone(CurrentUser actor, String zone, int page) {
        requireClinician(actor, "findings in zone " + zone);
        checks.requireZone(zone);
        var found = records.findingsInZone(zone, offset(page), PAGE_SIZE + 1);
        var shown = found.subList(0, Math.min(PAGE_SIZE, found.size()));
        var ids = new LinkedHashSet<UUID>();
        shown.forEach(f -> ids.add(f.patientId()));
        Map<UUID, String> names = ids.isEmpty() ? Map.of() : patients.names(actor, ids);
        var rows = shown.stream().map(f -> new FindingHit(f, names.getOrDefault(f.patientId(), ""))).toList();
        audit.record(actor, null, AuditAction.QUERY, "findings in zone " + zone + ", page " + page + " ("
                + rows.size() + " findings, " + ids.size() + " patients)");
        return new Page<>(rows, page, found.size() > PAGE_SIZE);
    }

    /** A page of the patients found (one more id than a page tells whether another follows), audited. */
    private Page<PatientHit> patients(CurrentUser actor, String asked, List<UUID> ids, int page) {
        var shown = ids.subList(0, Math.min(PAGE_SIZE, ids.size()));
        Map<UUID, String> names = shown.isEmpty() ? Map.of() : patients.names(actor, shown);
        var rows = new ArrayList<PatientHit>();
        shown.forEach(id -> rows.add(new PatientHit(id, names.getOrDefault(id, ""))));
        audit.record(actor, null, AuditAction.QUERY, "patients with findings in " + asked + ", page " + page + " ("
                + rows.size() + ")");
        return new Page<>(List.copyOf(rows), page, ids.size() > PAGE_SIZE);
    }

    private static long offset(int page) {
        if (page < 0) {
            throw new FieldRefused("page", "assessment.error.pageNegative", "Pages are numbered from 0.");
        }
        return (long) page * PAGE_SIZE;
    }

    /** Refuses (403, audited) anyone but a clinician, before any input is looked at. */
    public void requireClinician(CurrentUser actor) {
        requireClinician(actor, "findings queries");
    }

    private void requireClinician(CurrentUser actor, String what) {
        if (actor.role() != Role.CLINICIAN) {
            audit.recordDenied(actor, null, AuditAction.QUERY, what);
            throw new ForbiddenException("Only a clinician searches findings across patients");
        }
    }
}
