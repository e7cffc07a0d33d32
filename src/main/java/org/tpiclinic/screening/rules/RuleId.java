package org.tpiclinic.screening.rules;

/**
 * The screening rules the software knows how to check. What each one means, how severe it is and where it comes
 * from is data ({@link ScreeningRule}); this enum is only the checks' names, in the order they are shown.
 */
public enum RuleId {
    ALLERGY_AGENT_CLASS, ALLERGY_PARABEN, ALLERGY_SULFITE, BLOOD_THINNER, BLEEDING_DISORDER, INFECTION, PREGNANCY,
    STEROID_IN_PREGNANCY, DIABETES_WITH_STEROID, NEEDLE_FEAR_OR_FAINTING, PRIOR_TPI_PROBLEM, SITE_NEAR_THORAX,
    WEIGHT_CURRENT(ThresholdUnit.DAYS), CONSERVATIVE_CARE(ThresholdUnit.WEEKS);

    /** The unit of a rule's threshold. */
    public enum ThresholdUnit { DAYS, WEEKS }

    private final ThresholdUnit unit;

    RuleId() {
        this(null);
    }

    RuleId(ThresholdUnit unit) {
        this.unit = unit;
    }

    /** The unit of this rule's threshold, or {@code null} when the rule has none. */
    public ThresholdUnit thresholdUnit() {
        return unit;
    }

    public boolean hasThreshold() {
        return unit != null;
    }
}
