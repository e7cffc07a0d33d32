package org.tpiclinic.procedures;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.PlannedTreatment;

/**
 * The one place a session site is put in screening's terms: the {@link PlannedTreatment} a consent must cover for
 * it (its agent, with or without a steroid, at its muscle and side). Screening plans name the atlas's sites but fewer
 * agents than the formulary (the formulary says which agent a consent names); an agent it cannot name is covered
 * by no consent.
 */
final class ConsentedPlans {

    private ConsentedPlans() {
    }

    /**
     * The plans that must each be consented to for one site: one per local anaesthetic or saline of the mixture
     * (with the steroid flag when the mixture holds a steroid), or dry needling; empty when screening cannot name
     * an agent (then nothing covers it).
     */
    static Optional<List<PlannedTreatment>> forSite(BodySite site, Technique technique, List<Injectate> mixture,
            Function<String, Optional<Agent>> consentAgent) {
        if (technique == Technique.DRY_NEEDLING) {
            return Optional.of(List.of(PlannedTreatment.of(Agent.DRY_NEEDLING, false, site)));
        }
        boolean steroid = mixture.stream().anyMatch(Injectate::steroid);
        var plans = new ArrayList<PlannedTreatment>();
        for (Injectate agent : mixture) {
            if (agent.steroid()) {
                continue;
            }
            Optional<Agent> named = consentAgent.apply(agent.code());
            if (named.isEmpty()) {
                return Optional.empty();
            }
            plans.add(PlannedTreatment.of(named.get(), steroid, site));
        }
        if (plans.isEmpty()) {
            plans.add(PlannedTreatment.of(Agent.SALINE, steroid, site));
        }
        return Optional.of(plans);
    }
}
