package org.tpiclinic.screening.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.tpiclinic.patients.Allergy;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.PatientChart;
import org.tpiclinic.patients.SubstanceCatalog;
import org.tpiclinic.screening.Answer;
import org.tpiclinic.screening.intake.CareAnswers;
import org.tpiclinic.screening.intake.Intake;
import org.tpiclinic.screening.intake.Proposal;
import org.tpiclinic.screening.intake.SafetyAnswers;
import org.tpiclinic.screening.rules.Flag;
import org.tpiclinic.screening.rules.KnownAllergy;
import org.tpiclinic.screening.rules.ScreeningFacts;
import org.tpiclinic.shared.Kilograms;

/**
 * Gathers the rule-relevant facts from the record and the intake. Patient-reported answers count as soon as
 * they are given (safety does not wait for staff to accept them); the weight counts only from the record.
 * Substances are read through the {@link SubstanceCatalog}: an allergy or medicine on the record whose name the
 * catalogue knows counts with the catalogue's class too (a "Lidocaine" allergy recorded as "other" is still an
 * amide allergy), and the medicines the patient named anywhere in the intake count with theirs.
 */
public final class FactsAssembler {

    private FactsAssembler() {
    }

    public static ScreeningFacts facts(PatientChart chart, Intake intake, SubstanceCatalog catalog) {
        SafetyAnswers safety = intake == null ? null : intake.safety();
        CareAnswers care = intake == null ? null : intake.care();
        var allergies = allergies(chart, intake, catalog);
        Answer allergiesAnswered = allergiesAnswered(safety, !allergies.isEmpty());
        var medicines = new Medicines(catalog);
        chart.activeMedications().forEach(m -> medicines.add(m.name(), m.drugClass(), false));
        List<Proposal> pending = intake == null ? List.of() : intake.proposals().stream().filter(Proposal::pending)
                .filter(p -> p.kind() == Proposal.Kind.MEDICATION).toList();
        pending.forEach(p -> medicines.add(p.label(), p.drugClass(), true));
        if (safety != null && safety.otherMedications() != null) {
            catalog.matchAll(safety.otherMedications()).forEach(m -> medicines.add(m.matchedText(),
                    m.entry().drugClass(), true));
        }
        Answer priorProblem = priorProblem(care);
        return new ScreeningFacts(allergies, allergiesAnswered, medicines.thinners(),
                Flag.reported(answer(safety, SafetyAnswers::bloodThinners)),
                flag(chart, ConditionKind.BLEEDING_DISORDER, answer(safety, SafetyAnswers::bleedingProblems)),
                Flag.reported(answer(safety, SafetyAnswers::recentInfection)),
                flag(chart, ConditionKind.PREGNANCY, answer(safety, SafetyAnswers::pregnant)),
                flag(chart, ConditionKind.DIABETES, answer(safety, SafetyAnswers::diabetes)),
                flag(chart, ConditionKind.NEEDLE_FEAR_OR_FAINTING, answer(safety, SafetyAnswers::needleFear)),
                Flag.reported(priorProblem), kilograms(chart.patient().weight()), chart.patient().weightMeasuredOn(),
                care == null ? null : care.weeksTried(), medicines.unclassified(),
                Flag.reported(answer(safety, SafetyAnswers::numbingProblems)),
                safety == null ? null : safety.numbingDetails(),
                new Flag(medicines.steroid(), answer(safety, SafetyAnswers::steroidUse)),
                Flag.reported(answer(safety, SafetyAnswers::heartOrLiver)),
                flag(chart, ConditionKind.IMMUNOSUPPRESSION, answer(safety, SafetyAnswers::immunosuppressed)));
    }

    private static List<KnownAllergy> allergies(PatientChart chart, Intake intake, SubstanceCatalog catalog) {
        var allergies = new ArrayList<KnownAllergy>();
        for (Allergy a : chart.activeAllergies()) {
            allergies.add(new KnownAllergy(a.substance(), a.allergyClass(), false));
            catalogueClass(catalog, a.substance()).filter(c -> c != a.allergyClass())
                    .ifPresent(c -> allergies.add(new KnownAllergy(a.substance(), c, false)));
        }
        if (intake != null) {
            for (var p : intake.pendingAllergies()) {
                allergies.add(new KnownAllergy(p.label(), p.allergyClass(), p.patientReported()));
                catalogueClass(catalog, p.label()).filter(c -> c != p.allergyClass())
                        .ifPresent(c -> allergies.add(new KnownAllergy(p.label(), c, p.patientReported())));
            }
        }
        return allergies;
    }

    /** Screening compares weights as decimals; the chart keeps them as a quantity. */
    private static BigDecimal kilograms(Kilograms weight) {
        return weight == null ? null : weight.value();
    }

    private static Optional<AllergyClass> catalogueClass(SubstanceCatalog catalog, String substance) {
        return catalog.match(substance).map(m -> m.entry().allergyClass()).filter(c -> c != AllergyClass.OTHER);
    }

    private static Answer answer(SafetyAnswers safety, Function<SafetyAnswers, Answer> which) {
        return safety == null ? Answer.NOT_ANSWERED : which.apply(safety);
    }

    /** Answered when the patient says they have none or lists one; "not sure" stays "not sure". */
    private static Answer allergiesAnswered(SafetyAnswers safety, boolean anyListed) {
        if (safety == null) {
            return Answer.NOT_ANSWERED;
        }
        if (safety.noAllergies().yes() || anyListed) {
            return Answer.YES;
        }
        return safety.noAllergies() == Answer.UNSURE ? Answer.UNSURE : Answer.NOT_ANSWERED;
    }

    /** No previous TPI, no problem with one; not sure whether there was one, not sure about a problem either. */
    private static Answer priorProblem(CareAnswers care) {
        if (care == null) {
            return Answer.NOT_ANSWERED;
        }
        if (care.priorTpi().no()) {
            return Answer.NO;
        }
        if (care.priorTpi() == Answer.UNSURE && !care.priorProblem().given()) {
            return Answer.UNSURE;
        }
        return care.priorProblem();
    }

    private static Flag flag(PatientChart chart, ConditionKind kind, Answer reported) {
        boolean onRecord = chart.activeConditions().stream().anyMatch(c -> c.kind() == kind);
        return new Flag(onRecord, reported);
    }

    /** Medicines from the record and the intake, each read with its recorded class and the catalogue's. */
    private static final class Medicines {

        private final SubstanceCatalog catalog;
        private final LinkedHashSet<String> thinners = new LinkedHashSet<>();
        private final LinkedHashSet<String> unclassified = new LinkedHashSet<>();
        private boolean steroid;

        Medicines(SubstanceCatalog catalog) {
            this.catalog = catalog;
        }

        void add(String name, DrugClass recorded, boolean patientReported) {
            var known = catalog.matchAll(name).stream().map(m -> m.entry().drugClass()).toList();
            var classes = new ArrayList<DrugClass>(known);
            if (recorded != null) {
                classes.add(recorded);
            }
            if (classes.isEmpty()) {
                unclassified.add(name);
                return;
            }
            String suffix = patientReported ? ", patient-reported" : "";
            classes.stream().filter(DrugClass::affectsBleeding).findFirst()
                    .ifPresent(c -> thinners.add(name + " (" + c.name().toLowerCase() + suffix + ")"));
            steroid |= classes.contains(DrugClass.CORTICOSTEROID);
        }

        List<String> thinners() {
            return List.copyOf(thinners);
        }

        List<String> unclassified() {
            return List.copyOf(unclassified);
        }

        boolean steroid() {
            return steroid;
        }
    }
}
