package org.tpiclinic.procedures.formulary;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.audit.AuditAction;
import org.tpiclinic.audit.AuditLog;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.procedures.Formulary;
import org.tpiclinic.procedures.Injectate;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;

/**
 * The practice's formulary, stored in versions. Reading is for everyone who documents a session; only an admin
 * changes a limit, with a reason, which makes the next version (audited). Versions never change, so each one read
 * is kept in memory.
 */
@Service
@Transactional(readOnly = true)
public class ClinicFormulary implements Formulary {

    private final FormularyVersions versions;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<Integer, FormularyVersion> read = new ConcurrentHashMap<>();

    ClinicFormulary(FormularyVersions versions, AuditLog audit, Clock clock) {
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public int version() {
        return versions.latest();
    }

    @Override
    public List<Injectate> agents() {
        return current().agents().stream().map(FormularyAgent::injectate).toList();
    }

    @Override
    public Optional<Injectate> agent(String code) {
        return current().agent(code).map(FormularyAgent::injectate);
    }

    @Override
    public Optional<Agent> consentAgent(String code) {
        return current().agent(code).flatMap(FormularyAgent::consentAgent);
    }

    @Override
    public Optional<String> substance(String code) {
        return current().agent(code).flatMap(FormularyAgent::substanceName);
    }

    /** The current version with every detail (limits, sources, flags). */
    public FormularyVersion current() {
        return version(versions.latest());
    }

    /** A version a session recorded; 404 for a version that never existed. */
    public FormularyVersion version(int version) {
        var known = read.get(version);
        if (known != null) {
            return known;
        }
        var found = versions.version(version)
                .orElseThrow(() -> new NotFoundException("No formulary version " + version));
        read.put(version, found);
        return found;
    }

    public List<FormularyVersions.FormularyChange> history() {
        return versions.history();
    }

    /**
     * Changes one agent's limit, making the next version.
     *
     * @param basedOnVersion the version the admin was looking at; a newer one means someone else changed the
     *                       formulary meanwhile (409)
     */
    @Transactional
    public FormularyVersion changeLimit(CurrentUser actor, int basedOnVersion, String code, DoseLimit limit,
            String reason) {
        var current = editable(actor, basedOnVersion, "formulary limit " + code, reason);
        if (current.agent(code).isEmpty()) {
            throw new NotFoundException("No agent " + code + " in the formulary");
        }
        var next = current.withLimit(code, limit, actor.username(), reason.strip(), clock.instant());
        versions.add(next);
        audit.record(actor, null, AuditAction.UPDATE, "formulary limit " + code + " -> " + describe(limit)
                + " (formulary v" + next.version() + "): " + next.reason());
        return next;
    }

    /** Changes one clinic policy (on or off, its number, its source), making the next version. */
    @Transactional
    public FormularyVersion changePolicy(CurrentUser actor, int basedOnVersion, ClinicPolicy policy,
            String reason) {
        var current = editable(actor, basedOnVersion, "formulary policy " + policy.code(), reason);
        var next = current.withPolicy(policy, actor.username(), reason.strip(), clock.instant());
        versions.add(next);
        audit.record(actor, null, AuditAction.UPDATE, "formulary policy " + policy.code() + " -> "
                + (policy.enabled() ? "on" : "off") + (policy.threshold() == null ? "" : " " + policy.threshold())
                + " (formulary v" + next.version() + "): " + next.reason());
        return next;
    }

    /** Changes the share of a maximum at which the dose check starts warning, making the next version. */
    @Transactional
    public FormularyVersion changeWarnShare(CurrentUser actor, int basedOnVersion, BigDecimal share, String source,
            String reason) {
        var current = editable(actor, basedOnVersion, "formulary warning share", reason);
        var next = current.withWarnShare(share, source, actor.username(), reason.strip(), clock.instant());
        versions.add(next);
        audit.record(actor, null, AuditAction.UPDATE, "formulary warning share -> " + share.toPlainString()
                + " (formulary v" + next.version() + "): " + next.reason());
        return next;
    }

    private FormularyVersion editable(CurrentUser actor, int basedOnVersion, String what, String reason) {
        if (actor.role() != Role.ADMIN) {
            audit.recordDenied(actor, null, AuditAction.UPDATE, what);
            throw new ForbiddenException("Only an admin changes the formulary");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A change to the formulary needs a reason");
        }
        var current = current();
        if (current.version() != basedOnVersion) {
            throw new ConflictException("The formulary changed while you were editing (now version "
                    + current.version() + "). Reload it and make your change again.");
        }
        return current;
    }

    private static String describe(DoseLimit limit) {
        return (limit.perKilogram() == null ? "no mg/kg" : limit.perKilogram().value().toPlainString() + " mg/kg")
                + ", " + (limit.absolute() == null ? "no cap" : limit.absolute());
    }
}
