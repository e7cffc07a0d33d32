package org.tpiclinic.screening.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientChart;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.SubstanceCatalog;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.Proposal;
import org.tpiclinic.screening.rules.Evaluation;
import org.tpiclinic.screening.rules.RuleEvaluator;
import org.tpiclinic.screening.rules.RuleSet;
import org.tpiclinic.screening.rules.RuleSets;
import org.tpiclinic.screening.rules.ScreeningFacts;

/** Reads a patient's current record and intake and evaluates the current rule set against a plan. */
@Component
public class Evaluator {

    private final PatientRegistry registry;
    private final IntakeQuestionnaire intake;
    private final RuleSets ruleSets;
    private final ReferenceData reference;
    private final Clock clock;

    /** The reference data screening reads from other modules: the substance catalogue and the atlas. */
    @Component
    static class ReferenceData {
        final SubstanceCatalog catalog;
        final Atlas atlas;

        ReferenceData(SubstanceCatalog catalog, Atlas atlas) {
            this.catalog = catalog;
            this.atlas = atlas;
        }
    }

    Evaluator(PatientRegistry registry, IntakeQuestionnaire intake, RuleSets ruleSets, ReferenceData reference,
            Clock clock) {
        this.registry = registry;
        this.intake = intake;
        this.ruleSets = ruleSets;
        this.reference = reference;
        this.clock = clock;
    }

    /**
     * The chart, the facts drawn from it and the intake, the intake answers still waiting for staff to review
     * them, and (when a plan is given) the evaluation.
     */
    public record Screened(PatientChart chart, ScreeningFacts facts, RuleSet rules, Evaluation evaluation,
            List<Proposal> awaitingReview) {
    }

    /** Reads the chart as {@code actor} (access-checked and audited by the patients module). */
    public Screened screen(CurrentUser actor, UUID patientId, PlannedTreatment plan) {
        var chart = registry.chart(actor, patientId);
        var saved = intake.find(patientId).orElse(null);
        var facts = FactsAssembler.facts(chart, saved, reference.catalog);
        var rules = ruleSets.current();
        var evaluation = plan == null ? null : RuleEvaluator.evaluate(rules, facts, plan,
                reference.atlas::nearThorax, LocalDate.now(clock));
        var awaiting = saved == null ? List.<Proposal>of() : saved.proposals().stream().filter(Proposal::pending)
                .toList();
        return new Screened(chart, facts, rules, evaluation, awaiting);
    }
}
