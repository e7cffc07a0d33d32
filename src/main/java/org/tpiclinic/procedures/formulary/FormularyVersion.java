package org.tpiclinic.procedures.formulary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One version of the formulary: every agent with its limit, the share of a maximum at which the dose check starts
 * warning, and the clinic policies on repeat sessions. Never changed in place: a change makes the next version.
 *
 * @param changedAgent the agent or policy code this version changed; null for the seeded version or a settings
 *                     change
 * @param warnShare    the fraction of a maximum at which a warning starts ({@code 0.8} = 80 %), in (0, 1]
 */
public record FormularyVersion(int version, Instant createdAt, String createdBy, @Nullable String changedAgent,
        String reason, BigDecimal warnShare, String warnShareSource, List<FormularyAgent> agents,
        List<ClinicPolicy> policies) {

    public FormularyVersion {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(warnShareSource, "warn share source");
        if (warnShare.signum() <= 0 || warnShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("The warning share must be more than 0 and at most 1");
        }
        agents = List.copyOf(agents);
        policies = List.copyOf(policies);
    }

    public Optional<FormularyAgent> agent(String code) {
        return agents.stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** The policy of that code; a version without it (none so far) has it switched off. */
    public ClinicPolicy policy(PolicyCode code) {
        return policies.stream().filter(p -> p.code() == code).findFirst()
                .orElseGet(() -> new ClinicPolicy(code, false, code.unit() == PolicyCode.Unit.NONE ? null : 1, ""));
    }

    /** The next version, with one agent's limit changed, by whom, when and why. */
    public FormularyVersion withLimit(String code, DoseLimit limit, String by, String why, Instant at) {
        if (agent(code).isEmpty()) {
            throw new IllegalArgumentException("No agent " + code + " in the formulary");
        }
        var changed = new ArrayList<FormularyAgent>(agents.size());
        for (var agent : agents) {
            changed.add(agent.code().equals(code) ? agent.withLimit(limit) : agent);
        }
        return new FormularyVersion(version + 1, at, by, code, why, warnShare, warnShareSource, changed, policies);
    }

    /** The next version, with another warning share. */
    public FormularyVersion withWarnShare(BigDecimal share, String source, String by, String why, Instant at) {
        return new FormularyVersion(version + 1, at, by, null, why, share, source, agents, policies);
    }

    /** The next version, with one policy changed. */
    public FormularyVersion withPolicy(ClinicPolicy policy, String by, String why, Instant at) {
        var changed = new ArrayList<ClinicPolicy>(policies.size());
        boolean replaced = false;
        for (var existing : policies) {
            replaced |= existing.code() == policy.code();
            changed.add(existing.code() == policy.code() ? policy : existing);
        }
        if (!replaced) {
            changed.add(policy);
        }
        return new FormularyVersion(version + 1, at, by, policy.code().name(), why, warnShare, warnShareSource,
                agents, changed);
    }
}
