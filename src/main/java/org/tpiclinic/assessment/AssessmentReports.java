package org.tpiclinic.assessment;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.ForbiddenException;

/**
 * A patient's assessment as a document a clinician downloads: the latest pain drawing and the latest visit's
 * trigger-point findings drawn on the body chart, with both as tables. Clinicians only; every download is audited
 * as a print (a refusal too).
 */
@Service
@Transactional
public class AssessmentReports {

    private final AssessmentRecords records;
    private final PatientRegistry patients;
    private final AuditLog audit;
    private final AssessmentPdf pdf;

    AssessmentReports(AssessmentRecords records, PatientRegistry patients, AuditLog audit, AssessmentPdf pdf) {
        this.records = records;
        this.patients = patients;
        this.audit = audit;
        this.pdf = pdf;
    }

    /** The PDF; the chart read as {@code actor} (the patients module checks and audits the chart read). */
    public byte[] pdf(CurrentUser actor, UUID patientId) {
        if (actor.role() != Role.CLINICIAN) {
            audit.recordDenied(actor, patientId, AuditAction.PRINT, "assessment pdf");
            throw new ForbiddenException("Only a clinician prints a patient's assessment");
        }
        var patient = patients.chart(actor, patientId).patient();
        var drawings = records.drawings(patientId);
        var drawing = drawings.isEmpty() ? null : drawings.get(0);
        var findings = latestVisit(records.findings(patientId));
        byte[] document = pdf.render(patient, drawing, findings);
        audit.record(actor, patientId, AuditAction.PRINT, "assessment pdf (" + (drawing == null ? 0
                : drawing.marks().size()) + " zones, " + findings.size() + " findings)");
        return document;
    }

    private static List<TriggerPointFinding> latestVisit(List<TriggerPointFinding> findings) {
        return findings.isEmpty() ? List.of()
                : findings.stream().filter(f -> f.visitDate().equals(findings.get(0).visitDate())).toList();
    }
}
