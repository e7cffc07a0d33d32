package org.tpiclinic.scheduling;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ForbiddenException;

/**
 * Who may use the schedule: all staff read it; front desk, clinicians and admins change it; a patient books,
 * moves and cancels only their own appointments (through the booking module's pages and rules). Refusals and every read and change are audited. Public for the
 * modules built on the schedule (online booking, waitlist), which follow the same rule.
 */
@Component
public class SchedulingAccess {

    private final AuditLog audit;

    SchedulingAccess(AuditLog audit) {
        this.audit = audit;
    }

    public void requireStaff(CurrentUser actor, UUID patientId, String target) {
        if (!actor.isStaff()) {
            deny(actor, patientId, AuditAction.READ, target);
        }
    }

    public void requireEditor(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        if (!actor.mayEditRecords()) {
            deny(actor, patientId, action, target);
        }
    }

    /**
     * Staff who edit records, or a signed-in patient acting on their own appointments (booking, moving or
     * cancelling them; the booking module applies the online rules first). The audit then names the patient.
     */
    public void requireEditorOrSelf(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        boolean self = actor.role() == Role.PATIENT && actor.patientId() != null && actor.patientId().equals(patientId);
        if (!self) {
            requireEditor(actor, patientId, action, target);
        }
    }

    public void record(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        audit.record(actor, patientId, action, target);
    }

    private void deny(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        audit.recordDenied(actor, patientId, action, target);
        throw new ForbiddenException("You may not do this with the schedule");
    }
}
