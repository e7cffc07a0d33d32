package org.tpiclinic.screening.intake;

import java.time.LocalDate;
import org.tpiclinic.screening.Answer;
import org.tpiclinic.shared.FieldRefused;

/**
 * Conservative care tried (physical therapy, massage, stretching, medication) and for how many weeks, and any
 * previous trigger point injection with its result. Each yes/no is an {@link Answer} (a stored or posted null is
 * {@link Answer#NOT_ANSWERED}).
 *
 * @param careWeeks          weeks of conservative care, 0–520
 * @param priorReliefPercent how much the last TPI helped, 0–100 %
 */
public record CareAnswers(Answer carePhysicalTherapy, Answer careMassage, Answer careStretching,
        Answer careMedication, Integer careWeeks, Answer priorTpi, LocalDate priorTpiOn, Integer priorReliefPercent,
        Answer priorProblem) {

    public CareAnswers {
        carePhysicalTherapy = Answer.of(carePhysicalTherapy);
        careMassage = Answer.of(careMassage);
        careStretching = Answer.of(careStretching);
        careMedication = Answer.of(careMedication);
        priorTpi = Answer.of(priorTpi);
        priorProblem = Answer.of(priorProblem);
    }

    void check(LocalDate today) {
        boolean anyCare = anyCare();
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
        if (!priorTpi.yes() && (priorTpiOn != null || priorReliefPercent != null
                || priorProblem.yes())) {
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
        return anyCare() ? careWeeks : Integer.valueOf(0);
    }

    private boolean anyCare() {
        return carePhysicalTherapy.yes() || careMassage.yes() || careStretching.yes() || careMedication.yes();
    }
}
