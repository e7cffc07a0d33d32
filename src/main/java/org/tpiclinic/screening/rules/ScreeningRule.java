package org.tpiclinic.screening.rules;

import java.util.Locale;
import java.util.Objects;
import org.tpiclinic.shared.FieldRefused;

/**
 * One screening rule as a clinic has configured it.
 *
 * @param threshold   days or weeks, as {@link RuleId#thresholdUnit()} says; {@code null} when the rule has none
 * @param explanation what the rule checks and why, in plain language
 * @param source      the source the clinical reference cites for it
 */
public record ScreeningRule(RuleId id, RuleSeverity severity, Integer threshold, String explanation,
        String source) {

    /** Thresholds outside this range are refused as typing mistakes. */
    public static final int MAX_THRESHOLD = 3650;

    public ScreeningRule {
        Objects.requireNonNull(id, "id");
        if (severity == null) {
            throw new FieldRefused("severity", "screening.rules.error.severity", "Choose a severity");
        }
        if (id.hasThreshold() && (threshold == null || threshold < 1 || threshold > MAX_THRESHOLD)) {
            String unit = id.thresholdUnit().name().toLowerCase(Locale.ROOT);
            throw new FieldRefused("threshold", "screening.rules.error.threshold." + unit,
                    "Enter a threshold between 1 and " + MAX_THRESHOLD + " " + unit, MAX_THRESHOLD);
        }
        if (!id.hasThreshold() && threshold != null) {
            throw new FieldRefused("threshold", "screening.rules.error.noThreshold", "This rule has no threshold");
        }
        if (id.fixedHardStop() && severity != RuleSeverity.HARD_STOP) {
            throw new FieldRefused("severity", "screening.rules.error.fixedHardStop",
                    "An allergy or infection rule is always a hard stop: its severity cannot be lowered");
        }
    }

    ScreeningRule with(RuleSeverity newSeverity, Integer newThreshold) {
        return new ScreeningRule(id, newSeverity, newThreshold, explanation, source);
    }
}
