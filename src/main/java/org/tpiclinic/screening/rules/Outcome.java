package org.tpiclinic.screening.rules;

/** The result of one rule for one patient and plan, from best to worst. */
public enum Outcome {
    PASS, INFORMATION, WARNING, HARD_STOP;

    static Outcome of(RuleSeverity severity) {
        return switch (severity) {
            case INFORMATION -> INFORMATION;
            case WARNING -> WARNING;
            case HARD_STOP -> HARD_STOP;
        };
    }
}
