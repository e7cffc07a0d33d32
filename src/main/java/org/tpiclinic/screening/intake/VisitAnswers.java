package org.tpiclinic.screening.intake;

import java.time.LocalDate;
import org.tpiclinic.shared.FieldRefused;

/**
 * Why the patient comes: reason, where it hurts and since when, the pain today (0–10) and how much pain
 * interferes with daily activity (0–10, the "interference" item of the PEG scale).
 */
public record VisitAnswers(String reasonForVisit, String painLocation, LocalDate painStartedOn, Integer baselinePain,
        Integer functionInterference) {

    void check(LocalDate today) {
        if (reasonForVisit == null || reasonForVisit.isBlank()) {
            throw new FieldRefused("reasonForVisit", "intake.error.reasonRequired", "Say why you are coming");
        }
        if (painStartedOn != null && (painStartedOn.isAfter(today) || painStartedOn.isBefore(today.minusYears(100)))) {
            throw new FieldRefused("painStartedOn", "intake.error.dateNotFuture", "Enter a date in the past");
        }
        checkScore("baselinePain", baselinePain);
        checkScore("functionInterference", functionInterference);
    }

    static void checkScore(String field, Integer score) {
        if (score != null && (score < 0 || score > 10)) {
            throw new FieldRefused(field, "intake.error.score", "Choose a number from 0 to 10");
        }
    }
}
