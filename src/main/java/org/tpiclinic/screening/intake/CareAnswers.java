package org.tpiclinic.screening.intake;

import java.time.LocalDate;
import org.tpiclinic.shared.FieldRefused;

/**
 * Conservative care tried (physical therapy, massage, stretching, medication) and for how many weeks, and any
 * previous trigger point injection with its result.
 *
 * @param careWeeks          weeks of conservative care, 0–520
 * @param priorReliefPercent how much the last TPI helped, 0–100 %
 */
public record CareAnswers(Boolean carePhysicalTherapy, Boolean careMassage, Boolean careStretching,
        Boolean careMedication, Integer careWeeks, Boolean priorTpi, LocalDate priorTpiOn, Integer priorReliefPercent,
        Boolean priorProblem) {

    void check(LocalDate today) {
        boolean anyCare = Boolean.TRUE.equals(carePhysicalTherapy) || Boolean.TRUE.equals(careMassage)
                || Boolean.TRUE.equals(careStretching) || Boolean.TRUE.equals(careMedication);
        if (careWeeks != null && (careWeeks < 0 || careWeeks > 520)) {
            throw new FieldRefused("careWeeks", "intake.error.weeks", "Enter a number of weeks from 0 to 520");
        }
        if (anyCare && careWeeks == null) {
            throw new FieldRefused("careWeeks", "intake.error.weeksRequired", "Say for how many weeks");
        }
        if (!anyCare && careWeeks != null && careWeeks > 0) {
            throw new FieldRefused("careWeeks", "intake.error.weeksWithoutCare",
                    "Tick the care you tried, or leave the weeks empty");
        }
        if (!Boolean.TRUE.equals(priorTpi) && (priorTpiOn != null || priorReliefPercent != null
                || Boolean.TRUE.equals(priorProblem))) {
            throw new FieldRefused("priorTpi", "intake.error.priorContradiction",
                    "You gave details of a previous injection: answer Yes to having had one");
        }
        if (priorTpiOn != null && (priorTpiOn.isAfter(today) || priorTpiOn.isBefore(today.minusYears(100)))) {
            throw new FieldRefused("priorTpiOn", "intake.error.dateNotFuture", "Enter a date in the past");
        }
        if (priorReliefPercent != null && (priorReliefPercent < 0 || priorReliefPercent > 100)) {
            throw new FieldRefused("priorReliefPercent", "intake.error.percent", "Enter a percentage from 0 to 100");
        }
    }

    /** Weeks of conservative care for the screening rule: 0 when none was tried, {@code null} if not answered. */
    public Integer weeksTried() {
        boolean anyCare = Boolean.TRUE.equals(carePhysicalTherapy) || Boolean.TRUE.equals(careMassage)
                || Boolean.TRUE.equals(careStretching) || Boolean.TRUE.equals(careMedication);
        return anyCare ? careWeeks : Integer.valueOf(0);
    }
}
