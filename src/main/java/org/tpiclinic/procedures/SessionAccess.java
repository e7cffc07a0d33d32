package org.tpiclinic.procedures;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.PatientId;

/**
 * Who may do what with sessions, decided on the server for every call: the practice's staff read them (billing
 * codes from the note, the front desk prints it); only a clinician opens, writes, signs and adds addenda;
 * patients are refused. Refusals are audited; a session is found only under its own patient (404 otherwise).
 */
@Component
class SessionAccess {

    private final InjectionSessions sessions;
    private final AuditLog audit;

    SessionAccess(InjectionSessions sessions, AuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    void requireReader(CurrentUser actor, PatientId patient, AuditAction action) {
        if (!actor.isStaff()) {
            audit.recordDenied(actor, patient.value(), action, "injection sessions");
            throw new ForbiddenException("Procedure notes are for the practice's staff");
        }
    }

    void requireClinician(CurrentUser actor, PatientId patient, String what) {
        if (actor.role() != Role.CLINICIAN) {
            audit.recordDenied(actor, patient.value(), AuditAction.UPDATE, what);
            throw new ForbiddenException("Only a clinician documents an injection session");
        }
    }

    InjectionSession find(PatientId patient, SessionId id) {
        return sessions.findById(id.value()).filter(s -> s.patientId().equals(patient))
                .orElseThrow(() -> new NotFoundException("The session"));
    }

    void record(CurrentUser actor, PatientId patient, AuditAction action, String target) {
        audit.record(actor, patient.value(), action, target);
    }

    static String target(UUID sessionId, String what) {
        return "injection session " + sessionId + (what.isEmpty() ? "" : " " + what);
    }
}
