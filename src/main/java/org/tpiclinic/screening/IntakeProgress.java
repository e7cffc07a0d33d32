package org.tpiclinic.screening;

/** How far a patient has got with the intake questionnaire. */
public enum IntakeProgress {

    /** No section saved yet. */
    NOT_STARTED,
    /** Some sections saved, not all. */
    IN_PROGRESS,
    /** Every section saved (the same test as {@code Intake.complete()}). */
    COMPLETE;

    static IntakeProgress of(int sectionsSaved, int sections) {
        return sectionsSaved == 0 ? NOT_STARTED : sectionsSaved < sections ? IN_PROGRESS : COMPLETE;
    }
}
