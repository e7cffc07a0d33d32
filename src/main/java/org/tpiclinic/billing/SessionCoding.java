package org.tpiclinic.billing;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.procedures.InjectionSessionSigned;

/**
 * Codes each signed session once. Runs after the signature committed, in its own transaction, from the event
 * publication registry (at least once: again after a failure or a restart until it completes). The claim's primary
 * key is the session id, so a repeated delivery stores nothing and audits nothing.
 */
@Component
class SessionCoding {

    private static final Logger log = LoggerFactory.getLogger(SessionCoding.class);
    static final CurrentUser CODER = CurrentUser.system("billing");

    private final ClaimCoder coder;
    private final Claims claims;
    private final AuditLog audit;
    private final Clock clock;

    SessionCoding(CodingTable table, Claims claims, AuditLog audit, Clock clock) {
        this.coder = new ClaimCoder(table);
        this.claims = claims;
        this.audit = audit;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(InjectionSessionSigned signed) {
        var coding = coder.code(signed);
        if (!claims.insertIfAbsent(signed, coding, clock.instant())) {
            log.info("Session {} was coded before; this delivery changes nothing", signed.sessionId());
            return;
        }
        audit.record(CODER, signed.patientId().value(), AuditAction.CREATE,
                "billing claim " + signed.sessionId() + (coding.needsReview() ? " (to review)" : ""));
    }
}
