package org.tpiclinic.procedures;

import java.util.List;
import java.util.Optional;
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

    Dosing(Formulary formulary, DoseCheck doseCheck, SessionPolicies policies, InjectionSessions sessions) {
        this.formulary = formulary;
        this.doseCheck = doseCheck;
        this.policies = policies;
        this.sessions = sessions;
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
     * without documented relief) for this session against the patient's earlier signed sessions. Relief counts as
     * documented when an earlier session recorded less pain after than before; follow-up scores join it when
     * aftercare records them.
     */
    List<DoseCheck.DoseNotice> policyNotices(InjectionSession session) {
        if (session.sites().isEmpty()) {
            return List.of();
        }
        UUID id = session.id();
        var history = sessions.findByPatientIdOrderByPerformedOnDescOpenedAtDesc(session.patientId().value())
                .stream().filter(s -> s.signed() && !s.id().equals(id))
                .map(s -> new PriorSession(s.performedOn(), sites(s), steroid(s), relief(s))).toList();
        return policies.check(new PlannedSession(session.performedOn(), sites(session), steroid(session)), history);
    }

    private List<PolicySite> sites(InjectionSession session) {
        return session.sites().stream().map(s -> policies.site(InjectionSession.bodySite(s.siteCode()))).toList();
    }

    private boolean steroid(InjectionSession session) {
        boolean injected = session.sites().stream().anyMatch(s -> s.technique() == Technique.INJECTION);
        return injected && session.mixture().parts().stream()
                .anyMatch(p -> formulary.agent(p.agentCode()).map(Injectate::steroid).orElse(false));
    }

    private static boolean relief(InjectionSession s) {
        return s.painBefore() != null && s.painAfter() != null && s.painAfter() < s.painBefore();
    }
}
