package org.tpiclinic.billing;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ForbiddenException;

/** Only billing staff and admins reach claims; a refusal is audited and answered with 403. */
@Component
class BillingAccess {

    private final AuditLog audit;

    BillingAccess(AuditLog audit) {
        this.audit = audit;
    }

    static boolean allowed(CurrentUser actor) {
        return actor.role() == Role.BILLING || actor.role() == Role.ADMIN;
    }

    void require(CurrentUser actor, UUID patientId, AuditAction action, String target) {
        if (!allowed(actor)) {
            audit.recordDenied(actor, patientId, action, target);
            throw new ForbiddenException("Only billing staff and admins work with claims");
        }
    }
}
