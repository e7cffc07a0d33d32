package org.tpiclinic.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.shared.Kilograms;

/**
 * Synthetic patients from a fixed seed. Phone numbers use the 555-01xx range reserved for fiction and emails
 * the reserved example.com domain, so no demo patient can reach a real person. Rates of allergies, medications
 * and conditions are rough figures for an adult pain practice, for realism only.
 */
final class DemoPatients {

    record Allergen(String substance, AllergyClass allergyClass, ReactionType reaction, Severity severity,
            double rate) {
    }

    record Drug(String name, String dose, double rate) {
    }

    record Problem(ConditionKind kind, double rate) {
    }

    static final Allergen[] ALLERGENS = {
            new Allergen("Penicillin", AllergyClass.OTHER, ReactionType.HIVES_OR_RASH, Severity.MODERATE, 0.10),
            new Allergen("Latex", AllergyClass.LATEX, ReactionType.HIVES_OR_RASH, Severity.MILD, 0.04),
            new Allergen("Procaine", AllergyClass.ESTER, ReactionType.SWELLING, Severity.MODERATE, 0.02),
            new Allergen("Lidocaine", AllergyClass.AMIDE, ReactionType.FAINTING_OR_VAGAL, Severity.MILD, 0.02),
            new Allergen("Methylparaben", AllergyClass.PARABEN, ReactionType.HIVES_OR_RASH, Severity.MILD, 0.01),
            new Allergen("Sodium metabisulfite", AllergyClass.SULFITE, ReactionType.BREATHING_DIFFICULTY,
                    Severity.SEVERE, 0.02),
            new Allergen("Sulfa drugs", AllergyClass.OTHER, ReactionType.HIVES_OR_RASH, Severity.MILD, 0.06) };

    static final Drug[] DRUGS = {
            new Drug("Ibuprofen", "400 mg as needed", 0.30), new Drug("Acetaminophen", "500 mg as needed", 0.25),
            new Drug("Aspirin", "81 mg daily", 0.10), new Drug("Apixaban", "5 mg twice daily", 0.03),
            new Drug("Rivaroxaban", "20 mg daily", 0.02), new Drug("Warfarin", "5 mg daily", 0.01),
            new Drug("Clopidogrel", "75 mg daily", 0.02), new Drug("Cyclobenzaprine", "10 mg at night", 0.12),
            new Drug("Gabapentin", "300 mg three times daily", 0.12), new Drug("Duloxetine", "60 mg daily", 0.06),
            new Drug("Metformin", "500 mg twice daily", 0.10), new Drug("Lisinopril", "10 mg daily", 0.15),
            new Drug("Atorvastatin", "20 mg daily", 0.15), new Drug("Sertraline", "50 mg daily", 0.08) };

    static final Problem[] PROBLEMS = {
            new Problem(ConditionKind.DIABETES, 0.12), new Problem(ConditionKind.BLEEDING_DISORDER, 0.01),
            new Problem(ConditionKind.IMMUNOSUPPRESSION, 0.03),
            new Problem(ConditionKind.NEEDLE_FEAR_OR_FAINTING, 0.08) };

    private static final double PREGNANCY_RATE = 0.04;

    private final DemoNames names;
    private final Random random;
    private final LocalDate today;
    private int phoneCounter;

    DemoPatients(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.names = new DemoNames(new Random(seed));
        this.today = today;
    }

    PatientDetails next() {
        boolean female = random.nextDouble() < 0.6;
        String given = names.given(female);
        String family = names.family();
        LocalDate dob = today.minusYears(22 + random.nextInt(60)).minusDays(random.nextInt(365));
        var weight = new Kilograms(BigDecimal.valueOf(50 + random.nextDouble() * 65).setScale(1, RoundingMode.HALF_UP));
        LocalDate weighed = today.minusDays(random.nextInt(200));
        String phone = String.format("(631) 555-01%02d", phoneCounter++ % 100);
        String email = (given + "." + family).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@example.com";
        String[] town = names.town();
        return new PatientDetails(given, family, null, dob, female ? Sex.FEMALE : Sex.MALE, phone, email,
                names.street(), town[0], town[1], town[2], random.nextDouble() < 0.12 ? "Spanish" : "English",
                random.nextDouble() < 0.9 ? weight : null, weighed);
    }

    /** One patient and what their record holds, in the order the loader has always drawn them from the seed. */
    record Drawn(PatientDetails details, List<Allergen> allergies, List<Drug> drugs, List<Problem> problems,
            boolean pregnant) {
    }

    /** The next patient with their allergies, medications, conditions and whether they are pregnant. */
    Drawn draw() {
        var details = next();
        var allergies = Arrays.stream(ALLERGENS).filter(a -> chance(a.rate())).toList();
        var drugs = Arrays.stream(DRUGS).filter(d -> chance(d.rate())).toList();
        var problems = Arrays.stream(PROBLEMS).filter(p -> chance(p.rate())).toList();
        return new Drawn(details, allergies, drugs, problems, pregnant(details));
    }

    boolean chance(double rate) {
        return random.nextDouble() < rate;
    }

    boolean pregnant(PatientDetails p) {
        return p.sex() == Sex.FEMALE && p.dateOfBirth().isAfter(today.minusYears(42)) && chance(PREGNANCY_RATE);
    }
}
