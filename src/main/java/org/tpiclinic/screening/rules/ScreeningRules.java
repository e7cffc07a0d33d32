package org.tpiclinic.screening.rules;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;

/**
 * Reading and changing the clinic's screening rules. Only an admin changes them; each change needs a reason and
 * makes a new rule-set version, audited.
 */
@Service
@Transactional
public class ScreeningRules {

    private final RuleSets sets;
    private final AuditLog audit;
    private final Clock clock;

    ScreeningRules(RuleSets sets, AuditLog audit, Clock clock) {
        this.sets = sets;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public RuleSet current() {
        return sets.current();
    }

    @Transactional(readOnly = true)
    public List<RuleSets.RuleSetChange> history() {
        return sets.history();
    }

    /**
     * Changes one rule, making the next version.
     *
     * @param basedOnVersion the version the admin was looking at; a newer one means someone else changed the
     *                       rules meanwhile (409)
     */
    public RuleSet change(CurrentUser actor, int basedOnVersion, RuleId rule, RuleSeverity severity,
            Integer threshold, String reason) {
        if (actor.role() != Role.ADMIN) {
            audit.recordDenied(actor, null, AuditAction.UPDATE, "screening rule " + rule);
            throw new ForbiddenException("Only an admin changes screening rules");
        }
        var current = sets.current();
        if (current.version() != basedOnVersion) {
            throw new ConflictException("The rules changed while you were editing (now version " + current.version()
                    + "). Reload them and make your change again.");
        }
        var next = current.change(rule, severity, threshold, actor.username(), reason, clock.instant());
        sets.add(next);
        audit.record(actor, null, AuditAction.UPDATE, "screening rule " + rule + " -> " + severity
                + (threshold == null ? "" : " " + threshold) + " (rule set v" + next.version() + "): "
                + next.reason());
        return next;
    }
}
