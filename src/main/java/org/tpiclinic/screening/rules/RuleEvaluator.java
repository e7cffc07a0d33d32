package org.tpiclinic.screening.rules;

import java.time.LocalDate;
import java.util.function.Predicate;

import org.tpiclinic.assessment.BodySite;

import org.tpiclinic.screening.PlannedTreatment;

/**
 * Runs every rule of a rule set over a patient's facts and a plan. Pure: the same inputs always give the same
 * evaluation. A finding becomes the rule's configured severity; a question not yet answered is at most a
 * warning ("ask the patient"), never silently a pass.
 */
public final class RuleEvaluator {

    private RuleEvaluator() {
    }

    /**
     * @param nearThorax whether a site lies near the thorax (the atlas's data: {@code Atlas::nearThorax})
     */
    public static Evaluation evaluate(RuleSet rules, ScreeningFacts facts, PlannedTreatment plan,
            Predicate<BodySite> nearThorax, LocalDate today) {
        var results = rules.inOrder().stream().map(rule -> result(rule, facts, plan, nearThorax, today)).toList();
        return new Evaluation(rules.version(), facts.fingerprint(), results);
    }

    private static RuleResult result(ScreeningRule rule, ScreeningFacts facts, PlannedTreatment plan,
            Predicate<BodySite> nearThorax, LocalDate today) {
        var finding = RuleChecks.check(rule, facts, plan, nearThorax, today);
        var outcome = switch (finding.kind()) {
            case CLEAR -> Outcome.PASS;
            case FOUND -> Outcome.of(rule.severity());
            case UNANSWERED -> rule.severity() == RuleSeverity.INFORMATION ? Outcome.INFORMATION : Outcome.WARNING;
        };
        String key = "screening.reason." + rule.id() + "." + finding.variant();
        return new RuleResult(rule.id(), outcome, key, finding.args());
    }
}
