package org.tpiclinic.procedures;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.procedures.dose.PlannedSession;
import org.tpiclinic.procedures.dose.PolicySite;
import org.tpiclinic.procedures.dose.PriorSession;
import org.tpiclinic.procedures.dose.SessionPolicies;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.shared.Kilograms;

/**
 * What a session needs of the formulary, the dose check and the clinic policies: the agents to choose from, the
 * report for its volumes, each agent's total for the signed event, the agent a consent names, and the policy
 * warnings against the patient's earlier signed sessions.
 */
@Component
class Dosing {

    private final Formulary formulary;
    private final DoseCheck doseCheck;
    private final SessionPolicies policies;
    private final InjectionSessions sessions;
    private final Reliefs reliefs;

    Dosing(Formulary formulary, DoseCheck doseCheck, SessionPolicies policies, InjectionSessions sessions,
            Reliefs reliefs) {
        this.formulary = formulary;
        this.doseCheck = doseCheck;
        this.policies = policies;
        this.sessions = sessions;
        this.reliefs = reliefs;
    }

    List<Injectate> agents() {
        return formulary.agents();
    }

    Optional<Injectate> agent(String code) {
        return formulary.agent(code);
    }

    Optional<Agent> consentAgent(String code) {
        return formulary.consentAgent(code);
    }

    DoseCheck.DoseReport evaluate(Optional<Kilograms> weight, List<DoseCheck.AgentVolume> volumes) {
        return doseCheck.evaluate(weight, volumes);
    }

    List<InjectionSessionSigned.AgentGiven> given(DoseCheck.DoseReport report) {
        return report.totals().stream().map(t -> new InjectionSessionSigned.AgentGiven(t.agentCode(), t.name(),
                t.volume(), t.amount(), formulary.agent(t.agentCode()).map(Injectate::steroid).orElse(false)))
                .toList();
    }

    /**
     * Clinic-policy warnings (steroid interval and yearly count, sessions per region, same-site interval, repeat
     * without documented relief) for this session against the patient's earlier signed sessions. Relief is looked
     * up ({@link Reliefs}: later scores, else the session's own) only for the last earlier session of each region
     * treated now, the one the policy judges; the others keep the same-day rule.
     */
    List<DoseCheck.DoseNotice> policyNotices(InjectionSession session) {
        if (session.sites().isEmpty()) {
            return List.of();
        }
        UUID id = session.id();
        var planned = new PlannedSession(session.performedOn(), sites(session), steroid(session));
        var earlier = sessions.findByPatientIdOrderByPerformedOnDescOpenedAtDesc(session.patientId().value())
                .stream().filter(s -> s.signed() && !s.id().equals(id) && !s.performedOn().isAfter(planned.date()))
                .toList();
        var judged = lastPerRegion(planned, earlier);
        var history = earlier.stream().map(s -> {
            var sites = sites(s);
            var relief = judged.contains(s.id()) ? reliefs.of(s, planned.date()) : reliefs.sameDay(s);
            return new PriorSession(s.performedOn(), sites, steroid(s), relief.documented(), relief.evidence());
        }).toList();
        return policies.check(planned, history);
    }

    /** The ids of the latest earlier session that treated each region of the planned one (newest first given). */
    private Set<UUID> lastPerRegion(PlannedSession planned, List<InjectionSession> newestFirst) {
        var regions = new HashSet<String>();
        planned.sites().forEach(site -> regions.add(site.region()));
        var judged = new HashSet<UUID>();
        for (InjectionSession s : newestFirst) {
            for (PolicySite site : sites(s)) {
                if (regions.remove(site.region())) {
                    judged.add(s.id());
                }
            }
        }
        return judged;
    }

    private List<PolicySite> sites(InjectionSession session) {
        return session.sites().stream().map(s -> policies.site(InjectionSession.bodySite(s.siteCode()))).toList();
    }

    private boolean steroid(InjectionSession session) {
        boolean injected = session.sites().stream().anyMatch(s -> s.technique() == Technique.INJECTION);
        return injected && session.mixture().parts().stream()
                .anyMatch(p -> formulary.agent(p.agentCode()).map(Injectate::steroid).orElse(false));
    }

}
