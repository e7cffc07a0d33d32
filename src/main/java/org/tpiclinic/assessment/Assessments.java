package org.tpiclinic.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * The assessment module's API for patient data: pain drawings and trigger-point findings per visit. Each method
 * checks the acting user on the server (staff of the practice read; a patient reads and draws only their own
 * drawings; front desk, clinicians and admins draw for a patient; only clinicians record findings) and writes one
 * audit entry in the same transaction; refusals are audited too. Input is checked against the body chart and the
 * atlas before anything is written: a problem throws {@link org.tpiclinic.shared.FieldRefused} and nothing is saved. Reads are
 * not read-only transactions: each writes its audit entry.
 */
@Service
@Transactional
public class Assessments {

    static final int NOTE_MAX = 500;
    static final int QUERY_LIMIT = 200;

    private final AssessmentRecords records;
    private final AssessmentChecks checks;
    private final PatientRegistry patients;
    private final AuditLog audit;
    private final Clock clock;

    Assessments(AssessmentRecords records, AssessmentChecks checks, PatientRegistry patients, AuditLog audit,
            Clock clock) {
        this.records = records;
        this.checks = checks;
        this.patients = patients;
        this.audit = audit;
        this.clock = clock;
    }

    /** The patient's pain drawings, newest first. */
    public List<PainDrawing> drawings(CurrentUser actor, UUID patientId) {
        requireReader(actor, patientId, "pain drawings");
        var drawings = records.drawings(patientId);
        audit.record(actor, patientId, AuditAction.READ, "pain drawings (" + drawings.size() + ")");
        return drawings;
    }

    /** Stores a drawing for one visit (today when {@code visitDate} is null). */
    public PainDrawing recordDrawing(CurrentUser actor, UUID patientId, LocalDate visitDate, List<MarkEntry> entries,
            String note) {
        boolean own = actor.role() == Role.PATIENT && patientId.equals(actor.patientId());
        if (!own && !actor.mayEditRecords()) {
            deny(actor, patientId, AuditAction.CREATE, "pain drawing");
        }
        requirePatient(actor, patientId);
        var marks = checks.marks(entries, note);
        var drawing = new PainDrawing(UUID.randomUUID(), patientId, visitDate == null ? today() : visitDate,
                actor.username(), actor.role().name(), clock.instant(), blankToNull(note), marks);
        records.insert(drawing);
        audit.record(actor, patientId, AuditAction.CREATE, "pain drawing " + drawing.visitDate() + " ("
                + marks.size() + " zones)");
        return drawing;
    }

    /** The patient's trigger-point findings, newest visit first; staff only. */
    public List<TriggerPointFinding> findings(CurrentUser actor, UUID patientId) {
        if (!actor.isStaff()) {
            deny(actor, patientId, AuditAction.READ, "trigger-point findings");
        }
        requirePatient(actor, patientId);
        var findings = records.findings(patientId);
        audit.record(actor, patientId, AuditAction.READ, "trigger-point findings (" + findings.size() + ")");
        return findings;
    }

    /** Records one finding at a visit (today when {@code visitDate} is null); clinicians only. */
    public TriggerPointFinding recordFinding(CurrentUser actor, UUID patientId, LocalDate visitDate,
            FindingEntry entry) {
        requireClinician(actor, patientId, "trigger-point finding");
        requirePatient(actor, patientId);
        var checked = checks.finding(entry);
        var finding = new TriggerPointFinding(UUID.randomUUID(), patientId, visitDate == null ? today() : visitDate,
                checked.site().muscle(), checked.site().side(), checked.view(), checked.x(), checked.y(),
                entry.active(), entry.tautBand(), entry.twitchResponse(), entry.jumpSign(), entry.reproducesPain(),
                blankToNull(entry.note()), false, clock.instant(), actor.username());
        records.insert(finding, checked.zone());
        audit.record(actor, patientId, AuditAction.CREATE, "trigger-point finding " + checked.site().code());
        return finding;
    }

    /**
     * Copies the findings of the patient's latest earlier visit to this visit (today when null), marked as carried
     * over, as the starting point of the examination. Does nothing when this visit already has findings or there
     * is no earlier one; returns how many were copied.
     */
    public int carryOver(CurrentUser actor, UUID patientId, LocalDate visitDate) {
        requireClinician(actor, patientId, "carry over findings");
        requirePatient(actor, patientId);
        LocalDate visit = visitDate == null ? today() : visitDate;
        var all = records.findings(patientId);
        if (all.stream().anyMatch(f -> f.visitDate().equals(visit))) {
            return 0;
        }
        var previous = records.latestFindingVisitBefore(patientId, visit);
        if (previous.isEmpty()) {
            return 0;
        }
        int copied = 0;
        for (TriggerPointFinding f : all) {
            if (f.visitDate().equals(previous.get())) {
                var copy = new TriggerPointFinding(UUID.randomUUID(), patientId, visit, f.muscle(), f.side(),
                        f.view(), f.x(), f.y(), f.active(), f.tautBand(), f.twitchResponse(), f.jumpSign(),
                        f.reproducesPain(), f.note(), true, clock.instant(), actor.username());
                records.insert(copy, checks.zoneAt(f.view(), f.x(), f.y()));
                copied++;
            }
        }
        audit.record(actor, patientId, AuditAction.CREATE, "carried over " + copied + " findings from " + previous.get());
        return copied;
    }

    /** Patients with at least one finding in the muscle (either side), for a clinician; at most 200. */
    public List<UUID> patientsWithFindingsIn(CurrentUser actor, String muscle) {
        requireClinician(actor, null, "patients with findings in " + muscle);
        checks.requireMuscle(muscle);
        var found = records.patientsWithFindingsIn(muscle, QUERY_LIMIT);
        audit.record(actor, null, AuditAction.QUERY, "patients with findings in " + muscle + " (" + found.size() + ")");
        return found;
    }

    /** Findings placed inside one zone, for a clinician; at most 200. */
    public List<TriggerPointFinding> findingsInZone(CurrentUser actor, String zone) {
        requireClinician(actor, null, "findings in zone " + zone);
        checks.requireZone(zone);
        var found = records.findingsInZone(zone, QUERY_LIMIT);
        Set<UUID> patientIds = new HashSet<>();
        found.forEach(f -> patientIds.add(f.patientId()));
        audit.record(actor, null, AuditAction.QUERY, "findings in zone " + zone + " (" + found.size() + " findings, "
                + patientIds.size() + " patients)");
        return found;
    }

    private void requireReader(CurrentUser actor, UUID patientId, String what) {
        if (!actor.maySee(patientId)) {
            deny(actor, patientId, AuditAction.READ, what);
        }
        requirePatient(actor, patientId);
    }

    private void requireClinician(CurrentUser actor, UUID patientId, String what) {
        if (actor.role() != Role.CLINICIAN) {
            deny(actor, patientId, patientId == null ? AuditAction.QUERY : AuditAction.CREATE, what);
        }
    }

    /** A patient acting is themself; staff name a patient who must exist (one audited name look-up). */
    private void requirePatient(CurrentUser actor, UUID patientId) {
        if (actor.isStaff() && patients.names(actor, List.of(patientId)).isEmpty()) {
            throw new NotFoundException("The patient");
        }
    }

    private void deny(CurrentUser actor, UUID patientId, AuditAction action, String what) {
        audit.recordDenied(actor, patientId, action, what);
        throw new ForbiddenException("You may not do this with this patient's assessment");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
