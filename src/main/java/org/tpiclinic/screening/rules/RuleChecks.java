package org.tpiclinic.screening.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.screening.Answer;
import org.tpiclinic.screening.PlannedTreatment;

/** The checks themselves: facts and plan in, a {@link Finding} out. No severity, no I/O. */
final class RuleChecks {

    private RuleChecks() {
    }

    static Finding check(ScreeningRule rule, ScreeningFacts f, PlannedTreatment plan, Predicate<BodySite> nearThorax,
            LocalDate today) {
        return switch (rule.id()) {
            case ALLERGY_AGENT_CLASS -> agentClassAllergy(f, plan);
            case ALLERGY_PARABEN -> ingredientAllergy(f, plan.agent().containsParaben(), AllergyClass.PARABEN);
            case ALLERGY_SULFITE -> ingredientAllergy(f, plan.agent().containsSulfite(), AllergyClass.SULFITE);
            case ALLERGY_STEROID -> plan.steroid() ? classAllergy(f, AllergyClass.CORTICOSTEROID)
                    : Finding.clear("noSteroid");
            case NUMBING_PROBLEM -> plan.agent().isLocalAnaesthetic() ? numbing(f) : Finding.clear("noAnaesthetic");
            case BLOOD_THINNER -> bloodThinner(f);
            case IMMUNOSUPPRESSION -> flag(f.immunosuppression());
            case STEROID_USE -> plan.steroid() ? flag(f.steroidUse()) : Finding.clear("noSteroid");
            case HEART_OR_LIVER -> plan.agent().isLocalAnaesthetic() ? flag(f.heartOrLiver())
                    : Finding.clear("noAnaesthetic");
            case BLEEDING_DISORDER -> flag(f.bleedingDisorder());
            case INFECTION -> flag(f.infection());
            case PREGNANCY -> flag(f.pregnancy());
            case STEROID_IN_PREGNANCY -> plan.steroid() ? flag(f.pregnancy()) : Finding.clear("noSteroid");
            case DIABETES_WITH_STEROID -> plan.steroid() ? flag(f.diabetes()) : Finding.clear("noSteroid");
            case NEEDLE_FEAR_OR_FAINTING -> flag(f.needleFear());
            case PRIOR_TPI_PROBLEM -> flag(f.priorTpiProblem());
            case SITE_NEAR_THORAX -> nearThorax(plan, nearThorax);
            case WEIGHT_CURRENT -> computesDose(plan) ? weight(f, rule.threshold(), today) : Finding.clear("noDose");
            case CONSERVATIVE_CARE -> conservativeCare(f, rule.threshold());
        };
    }

    private static Finding agentClassAllergy(ScreeningFacts f, PlannedTreatment plan) {
        var agentClass = plan.agent().anaestheticClass();
        if (agentClass == null) {
            return Finding.clear("noAnaesthetic");
        }
        var allergyClass = AllergyClass.valueOf(agentClass.name());
        var matching = matching(f, a -> a.allergyClass() == allergyClass);
        if (!matching.isEmpty()) {
            return Finding.found("found", matching, agentClass.name().toLowerCase());
        }
        return notFound(f, agentClass.name().toLowerCase());
    }

    private static Finding classAllergy(ScreeningFacts f, AllergyClass allergyClass) {
        var matching = matching(f, a -> a.allergyClass() == allergyClass);
        return matching.isEmpty() ? notFound(f) : Finding.found("found", matching);
    }

    /**
     * No allergy of the class: a pass only when every known allergy has a class. An allergy nobody has classified
     * yet might be of this class, so it is at most a warning ("check it"), never a pass.
     */
    private static Finding notFound(ScreeningFacts f, String... clearArgs) {
        var unclassified = matching(f, a -> !a.classified());
        if (!unclassified.isEmpty()) {
            return Finding.unknown("unclassified", unclassified);
        }
        if (f.allergies().isEmpty() && f.allergiesAnswered() == Answer.UNSURE) {
            return Finding.unsure();
        }
        if (f.allergies().isEmpty() && f.allergiesAnswered() == Answer.NOT_ANSWERED) {
            return Finding.unanswered();
        }
        return Finding.clear("clear", clearArgs);
    }

    private static boolean computesDose(PlannedTreatment plan) {
        return plan.agent().isLocalAnaesthetic() || plan.steroid();
    }

    private static Finding numbing(ScreeningFacts f) {
        var finding = flag(f.numbingProblem());
        if (finding.kind() == Finding.Kind.FOUND && f.numbingDetails() != null) {
            return Finding.found(finding.variant() + "Details", f.numbingDetails());
        }
        return finding;
    }

    private static Finding ingredientAllergy(ScreeningFacts f, boolean productContainsIt, AllergyClass ingredient) {
        if (!productContainsIt) {
            return Finding.clear("notInProduct");
        }
        return classAllergy(f, ingredient);
    }

    private static String matching(ScreeningFacts f, Predicate<KnownAllergy> which) {
        return f.allergies().stream().filter(which)
                .map(a -> a.substance() + (a.patientReported() ? " (patient-reported)" : ""))
                .collect(Collectors.joining(", "));
    }

    private static Finding bloodThinner(ScreeningFacts f) {
        if (!f.bloodThinners().isEmpty()) {
            return Finding.found("onRecord", String.join(", ", f.bloodThinners()));
        }
        var reported = f.bloodThinnerReported();
        if (reported.present()) {
            return Finding.found("reported");
        }
        if (!f.unclassifiedMedications().isEmpty()) {
            return Finding.unknown("unclassified", String.join(", ", f.unclassifiedMedications()));
        }
        return notKnown(reported);
    }

    private static Finding flag(Flag flag) {
        if (flag.onRecord()) {
            return Finding.found("onRecord");
        }
        if (flag.present()) {
            return Finding.found("reported");
        }
        return notKnown(flag);
    }

    /** A flag that is not present: clear only when the patient said no, never when they were unsure or not asked. */
    private static Finding notKnown(Flag flag) {
        if (flag.unsure()) {
            return Finding.unsure();
        }
        return flag.unanswered() ? Finding.unanswered() : Finding.clear("clear");
    }

    private static Finding nearThorax(PlannedTreatment plan, Predicate<BodySite> nearThorax) {
        var near = new ArrayList<String>();
        for (String muscle : plan.muscles()) {
            var sides = plan.sidesOf(muscle);
            boolean unsided = plan.unsidedMuscles().contains(muscle);
            // An unsided muscle is judged on both sides: the cautious reading.
            var judged = unsided ? Set.of(Side.values()) : sides;
            if (judged.stream().anyMatch(side -> nearThorax.test(new BodySite(muscle, side)))) {
                near.add(siteName(muscle, sides, unsided));
            }
        }
        return near.isEmpty() ? Finding.clear("clear") : Finding.found("found", String.join(", ", near));
    }

    /** "right upper trapezius", "left and right rhomboids": the side is named wherever a site is (wrong-site risk). */
    private static String siteName(String code, Set<Side> sides, boolean unsided) {
        String muscle = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        if (unsided) {
            return muscle + " (side not recorded)";
        }
        return sides.size() == 2 ? "left and right " + muscle : sides.iterator().next().word() + " " + muscle;
    }

    private static Finding weight(ScreeningFacts f, int maxAgeDays, LocalDate today) {
        if (f.weightKg() == null || f.weightMeasuredOn() == null) {
            return Finding.found("missing");
        }
        long age = ChronoUnit.DAYS.between(f.weightMeasuredOn(), today);
        String kg = f.weightKg().toPlainString();
        String on = f.weightMeasuredOn().toString();
        return age > maxAgeDays ? Finding.found("stale", kg, on, String.valueOf(age), String.valueOf(maxAgeDays))
                : Finding.clear("clear", kg, on);
    }

    private static Finding conservativeCare(ScreeningFacts f, int minWeeks) {
        if (f.careWeeks() == null) {
            return Finding.unanswered();
        }
        return f.careWeeks() < minWeeks
                ? Finding.found("found", String.valueOf(f.careWeeks()), String.valueOf(minWeeks))
                : Finding.clear("clear", String.valueOf(f.careWeeks()));
    }
}
