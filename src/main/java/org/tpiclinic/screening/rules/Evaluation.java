package org.tpiclinic.screening.rules;

import java.util.List;

/** The result of every rule of one rule-set version for one patient and plan. */
public record Evaluation(int ruleSetVersion, String factsFingerprint, List<RuleResult> results) {

    public Evaluation {
        results = List.copyOf(results);
    }

    public List<RuleResult> hardStops() {
        return results.stream().filter(r -> r.outcome() == Outcome.HARD_STOP).toList();
    }

    public List<RuleResult> warnings() {
        return results.stream().filter(r -> r.outcome() == Outcome.WARNING).toList();
    }

    public boolean hasHardStop() {
        return !hardStops().isEmpty();
    }

    public Outcome worst() {
        return results.stream().map(RuleResult::outcome).max(Enum::compareTo).orElse(Outcome.PASS);
    }
}
