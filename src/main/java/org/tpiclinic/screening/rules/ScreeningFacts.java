package org.tpiclinic.screening.rules;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

import org.tpiclinic.screening.Answer;

/**
 * Every fact about a patient that a screening rule depends on, taken from the record and the intake answers.
 * Two equal sets of facts give the same {@link #fingerprint()}: a review stays valid only while it does.
 *
 * @param allergiesAnswered       whether the patient answered the allergy question: {@link Answer#YES} when they
 *                                said they have none or listed one, {@link Answer#UNSURE} when they do not know
 * @param bloodThinners           anticoagulants, antiplatelets and NSAIDs on the record or named in the intake,
 *                                each as "name (class)"
 * @param unclassifiedMedications medicines named in the intake that the substance catalogue does not know and no
 *                                clinician has mapped yet
 * @param numbingDetails          what the patient says happened with numbing medicines, or {@code null}
 * @param weightKg                kilograms, or {@code null} when none is recorded
 * @param careWeeks               weeks of conservative care tried, or {@code null} when not answered
 */
public record ScreeningFacts(List<KnownAllergy> allergies, Answer allergiesAnswered, List<String> bloodThinners,
        Flag bloodThinnerReported, Flag bleedingDisorder, Flag infection, Flag pregnancy, Flag diabetes,
        Flag needleFear, Flag priorTpiProblem, BigDecimal weightKg, LocalDate weightMeasuredOn,
        Integer careWeeks, List<String> unclassifiedMedications, Flag numbingProblem, String numbingDetails,
        Flag steroidUse, Flag heartOrLiver, Flag immunosuppression) {

    public ScreeningFacts {
        allergies = List.copyOf(allergies);
        allergiesAnswered = Answer.of(allergiesAnswered);
        bloodThinners = List.copyOf(bloodThinners);
        unclassifiedMedications = List.copyOf(unclassifiedMedications);
        weightKg = weightKg == null ? null : weightKg.stripTrailingZeros();
        numbingDetails = numbingDetails == null || numbingDetails.isBlank() ? null : numbingDetails.trim();
    }

    /** Facts where the later questions (numbing, steroid use, heart or liver, immunosuppression) were answered no. */
    public ScreeningFacts(List<KnownAllergy> allergies, Answer allergiesAnswered, List<String> bloodThinners,
            Flag bloodThinnerReported, Flag bleedingDisorder, Flag infection, Flag pregnancy, Flag diabetes,
            Flag needleFear, Flag priorTpiProblem, BigDecimal weightKg, LocalDate weightMeasuredOn,
            Integer careWeeks) {
        this(allergies, allergiesAnswered, bloodThinners, bloodThinnerReported, bleedingDisorder, infection,
                pregnancy, diabetes, needleFear, priorTpiProblem, weightKg, weightMeasuredOn, careWeeks, List.of(),
                Flag.NO, null, Flag.NO, Flag.NO, Flag.NO);
    }

    /** A SHA-256 of the facts in a fixed order (lists sorted), as 64 hex digits. */
    public String fingerprint() {
        var canonical = String.join("|",
                allergies.stream().map(a -> a.substance().toLowerCase() + "/" + a.allergyClass() + "/"
                        + a.patientReported()).sorted().toList().toString(),
                allergiesAnswered.fingerprint(),
                bloodThinners.stream().map(String::toLowerCase).sorted().toList().toString(),
                bloodThinnerReported.fingerprint(), bleedingDisorder.fingerprint(), infection.fingerprint(),
                pregnancy.fingerprint(), diabetes.fingerprint(), needleFear.fingerprint(),
                priorTpiProblem.fingerprint(),
                weightKg == null ? "null" : weightKg.toPlainString(), String.valueOf(weightMeasuredOn),
                String.valueOf(careWeeks),
                unclassifiedMedications.stream().map(String::toLowerCase).sorted().toList().toString(),
                numbingProblem.fingerprint(), String.valueOf(numbingDetails), steroidUse.fingerprint(),
                heartOrLiver.fingerprint(), immunosuppression.fingerprint());
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
