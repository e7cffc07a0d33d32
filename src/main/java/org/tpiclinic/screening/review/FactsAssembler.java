package org.tpiclinic.screening.review;

import java.util.ArrayList;
import java.util.List;

import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.Medication;
import org.tpiclinic.patients.PatientChart;
import org.tpiclinic.screening.intake.CareAnswers;
import org.tpiclinic.screening.intake.Intake;
import org.tpiclinic.screening.intake.Proposal;
import org.tpiclinic.screening.intake.SafetyAnswers;
import org.tpiclinic.screening.rules.Flag;
import org.tpiclinic.screening.rules.KnownAllergy;
import org.tpiclinic.screening.rules.ScreeningFacts;

/**
 * Gathers the rule-relevant facts from the record and the intake. Patient-reported answers count as soon as
 * they are given (safety does not wait for staff to accept them); the weight counts only from the record.
 */
public final class FactsAssembler {

    private FactsAssembler() {
    }

    public static ScreeningFacts facts(PatientChart chart, Intake intake) {
        SafetyAnswers safety = intake == null ? null : intake.safety();
        CareAnswers care = intake == null ? null : intake.care();
        var allergies = new ArrayList<KnownAllergy>();
        chart.activeAllergies().forEach(a -> allergies.add(new KnownAllergy(a.substance(), a.allergyClass(), false)));
        if (intake != null) {
            intake.pendingAllergies().forEach(p -> allergies.add(
                    new KnownAllergy(p.label(), p.allergyClass(), p.patientReported())));
        }
        Boolean allergiesAnswered = safety == null ? null
                : Boolean.TRUE.equals(safety.noAllergies()) || !allergies.isEmpty() ? Boolean.TRUE : null;
        List<String> thinners = chart.activeMedications().stream().filter(Medication::affectsBleeding)
                .map(Medication::name).toList();
        Boolean priorProblem = care == null ? null
                : Boolean.FALSE.equals(care.priorTpi()) ? Boolean.FALSE : care.priorProblem();
        return new ScreeningFacts(allergies, allergiesAnswered, thinners,
                new Flag(false, pendingThinner(intake) ? Boolean.TRUE : answer(safety, s -> s.bloodThinners())),
                flag(chart, ConditionKind.BLEEDING_DISORDER, answer(safety, s -> s.bleedingProblems())),
                new Flag(false, answer(safety, s -> s.recentInfection())),
                flag(chart, ConditionKind.PREGNANCY, answer(safety, s -> s.pregnant())),
                flag(chart, ConditionKind.DIABETES, answer(safety, s -> s.diabetes())),
                flag(chart, ConditionKind.NEEDLE_FEAR_OR_FAINTING, answer(safety, s -> s.needleFear())),
                new Flag(false, priorProblem), chart.patient().weightKg(), chart.patient().weightMeasuredOn(),
                care == null ? null : care.weeksTried());
    }

    private static boolean pendingThinner(Intake intake) {
        return intake != null && intake.proposals().stream().anyMatch(p -> p.pending()
                && p.kind() == Proposal.Kind.MEDICATION && p.drugClass() != null && p.drugClass().affectsBleeding());
    }

    private static Boolean answer(SafetyAnswers safety, java.util.function.Function<SafetyAnswers, Boolean> which) {
        return safety == null ? null : which.apply(safety);
    }

    private static Flag flag(PatientChart chart, ConditionKind kind, Boolean reported) {
        boolean onRecord = chart.activeConditions().stream().anyMatch(c -> c.kind() == kind);
        return new Flag(onRecord, reported);
    }
}
