package org.tpiclinic.screening.rules;

/**
 * What a rule does when it finds something: a hard stop cannot be overridden; a warning can, by a clinician
 * with a recorded reason; information is shown and needs nothing.
 */
public enum RuleSeverity {
    INFORMATION, WARNING, HARD_STOP
}
