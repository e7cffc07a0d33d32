package org.tpiclinic.aftercare;

/**
 * The parts of the aftercare texts a practice edits. Those {@link #inPlan()} make up a plan, in this order (the
 * lung warning only when a treated site lies near the lung); the others are the check-in email and what a patient
 * is told to do after a red-flag answer.
 */
public enum Section {
    INTRO(true), SORENESS(true), ACTIVITY(true), STRETCHES(true), HEAT_ICE(true), CALL_CLINIC(true),
    EMERGENCY(true), LUNG_WARNING(true), CHECK_IN(false), ACT_EMERGENCY(false), ACT_CALL(false);

    private final boolean inPlan;

    Section(boolean inPlan) {
        this.inPlan = inPlan;
    }

    public boolean inPlan() {
        return inPlan;
    }
}
