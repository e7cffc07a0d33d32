package org.tpiclinic.audit.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tpiclinic.audit.ChainWatch;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.Role;

/**
 * Gives every page an admin opens the failed audit check, as {@code auditAlert} (null for everyone else and
 * while the latest check passed); the layout shows it as a banner.
 */
@ControllerAdvice
class AuditAlertAdvice {

    private final ChainWatch watch;

    AuditAlertAdvice(ChainWatch watch) {
        this.watch = watch;
    }

    @ModelAttribute("auditAlert")
    ChainWatch.Failure auditAlert(@AuthenticationPrincipal ClinicUser user) {
        if (user == null || user.current().role() != Role.ADMIN) {
            return null;
        }
        return watch.failure().orElse(null);
    }
}
