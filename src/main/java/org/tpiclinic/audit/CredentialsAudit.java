package org.tpiclinic.audit;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CredentialsChanged;

/**
 * Records changes to sign-in credentials (second factor set up, removed or reset, recovery codes renewed or
 * used, own password changed) in the transaction that makes them, so neither exists without the other.
 */
@Component
class CredentialsAudit {

    private final AuditLog log;

    CredentialsAudit(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(CredentialsChanged event) {
        log.record(event.actor(), null, AuditAction.UPDATE,
                "account " + event.username() + ": " + event.change().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
}
