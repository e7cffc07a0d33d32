package org.tpiclinic.screening.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.tpiclinic.screening.Answer;
import org.tpiclinic.shared.FieldRefused;

/**
 * The pre-procedure screening questions of clinical reference §1.3, each an {@link Answer}: a question nobody has
 * asked yet is {@link Answer#NOT_ANSWERED} (a stored or posted null becomes that), one the patient could not
 * answer {@link Answer#UNSURE}. Allergies and medications the patient lists travel separately, as
 * {@link Proposal}s.
 *
 * @param weightKg         kilograms, 2–350, with the day it was measured
 * @param immunosuppressed whether an illness or a medicine weakens the immune system
 * @param numbingDetails   what happened with numbing medicines, when there was a problem (up to 300 characters)
 */
public record SafetyAnswers(Answer noAllergies, Answer bloodThinners, String otherMedications, Answer steroidUse,
        Answer recentInfection, Answer bleedingProblems, Answer numbingProblems, Answer diabetes,
        Answer pregnant, Answer heartOrLiver, Answer needleFear, Answer driverHome, BigDecimal weightKg,
        LocalDate weightMeasuredOn, Answer immunosuppressed, String numbingDetails) {

    public SafetyAnswers {
        noAllergies = Answer.of(noAllergies);
        bloodThinners = Answer.of(bloodThinners);
        steroidUse = Answer.of(steroidUse);
        recentInfection = Answer.of(recentInfection);
        bleedingProblems = Answer.of(bleedingProblems);
        numbingProblems = Answer.of(numbingProblems);
        diabetes = Answer.of(diabetes);
        pregnant = Answer.of(pregnant);
        heartOrLiver = Answer.of(heartOrLiver);
        needleFear = Answer.of(needleFear);
        driverHome = Answer.of(driverHome);
        immunosuppressed = Answer.of(immunosuppressed);
    }

    /** Answers given before the intake asked about immunosuppression and what happened with numbing medicines. */
    public SafetyAnswers(Answer noAllergies, Answer bloodThinners, String otherMedications, Answer steroidUse,
            Answer recentInfection, Answer bleedingProblems, Answer numbingProblems, Answer diabetes,
            Answer pregnant, Answer heartOrLiver, Answer needleFear, Answer driverHome, BigDecimal weightKg,
            LocalDate weightMeasuredOn) {
        this(noAllergies, bloodThinners, otherMedications, steroidUse, recentInfection, bleedingProblems,
                numbingProblems, diabetes, pregnant, heartOrLiver, needleFear, driverHome, weightKg, weightMeasuredOn,
                Answer.NOT_ANSWERED, null);
    }

    static final BigDecimal MIN_WEIGHT = new BigDecimal("2");
    static final BigDecimal MAX_WEIGHT = new BigDecimal("350");

    void check(LocalDate today, boolean listsAllergies, boolean listsBloodThinner) {
        if (noAllergies.yes() && listsAllergies) {
            throw new FieldRefused("noAllergies", "intake.error.noAllergiesButListed",
                    "You ticked \"no allergies\" but listed one: untick it or remove the allergy");
        }
        if (bloodThinners.no() && listsBloodThinner) {
            throw new FieldRefused("bloodThinners", "intake.error.noThinnerButListed",
                    "You answered No to blood thinners but listed one: please check");
        }
        if (numbingProblems.yes() && (numbingDetails == null || numbingDetails.isBlank())) {
            throw new FieldRefused("numbingDetails", "intake.error.numbingDetails",
                    "Say what happened with the numbing medicine");
        }
        if (!numbingProblems.yes() && numbingDetails != null && !numbingDetails.isBlank()) {
            throw new FieldRefused("numbingProblems", "intake.error.numbingContradiction",
                    "You described a problem with numbing medicine: answer Yes to having had one");
        }
        if (numbingDetails != null && numbingDetails.length() > 300) {
            throw new FieldRefused("numbingDetails", "intake.error.tooLong", "Keep this under 300 characters");
        }
        if (weightKg != null && (weightKg.compareTo(MIN_WEIGHT) < 0 || weightKg.compareTo(MAX_WEIGHT) > 0)) {
            throw new FieldRefused("weightKg", "intake.error.weight", "Enter a weight between 2 and 350 kg");
        }
        if (weightKg != null && weightMeasuredOn == null) {
            throw new FieldRefused("weightMeasuredOn", "intake.error.weightDate", "Say when you were weighed");
        }
        if (weightMeasuredOn != null && (weightMeasuredOn.isAfter(today)
                || weightMeasuredOn.isBefore(today.minusYears(5)))) {
            throw new FieldRefused("weightMeasuredOn", "intake.error.weightDateRange",
                    "Enter the day you were weighed, not in the future and within 5 years");
        }
    }
}
