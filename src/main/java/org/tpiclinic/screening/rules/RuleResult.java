package org.tpiclinic.screening.rules;

import java.util.List;

/**
 * What one rule found: its outcome, and the reason as a message key with arguments
 * ({@code screening.reason.<RULE>.<finding>} in messages.properties), so the clinician reads it in words.
 */
public record RuleResult(RuleId rule, Outcome outcome, String reasonKey, List<String> reasonArgs) {

    public RuleResult {
        reasonArgs = List.copyOf(reasonArgs);
    }

    /** A warning or hard stop: the clinician must look at it. */
    public boolean needsAttention() {
        return outcome == Outcome.WARNING || outcome == Outcome.HARD_STOP;
    }
}
