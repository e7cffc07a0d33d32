package org.tpiclinic.screening.rules;

import java.util.EnumSet;
import java.util.Set;

/**
 * The screening rules the software knows how to check. What each one means, how severe it is and where it comes
 * from is data ({@link ScreeningRule}); this enum is only the checks' names, in the order they are shown, and which
 * of them must stay hard stops whatever a clinic configures.
 */
public enum RuleId {
    ALLERGY_AGENT_CLASS, ALLERGY_PARABEN, ALLERGY_SULFITE, ALLERGY_STEROID, NUMBING_PROBLEM, BLOOD_THINNER,
    BLEEDING_DISORDER, INFECTION, IMMUNOSUPPRESSION, PREGNANCY, STEROID_IN_PREGNANCY, DIABETES_WITH_STEROID,
    STEROID_USE, HEART_OR_LIVER, NEEDLE_FEAR_OR_FAINTING, PRIOR_TPI_PROBLEM, SITE_NEAR_THORAX,
    WEIGHT_CURRENT(ThresholdUnit.DAYS), CONSERVATIVE_CARE(ThresholdUnit.WEEKS);

    /** The unit of a rule's threshold. */
    public enum ThresholdUnit { DAYS, WEEKS }

    /**
     * An allergy to what is injected, or an infection where (or while) it is injected: every source read calls
     * these contraindications (clinical reference §1.2), so no clinic setting may lower them.
     */
    private static final Set<RuleId> FIXED_HARD_STOPS = EnumSet.of(ALLERGY_AGENT_CLASS, ALLERGY_PARABEN,
            ALLERGY_SULFITE, ALLERGY_STEROID, INFECTION);

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

    /** Whether this rule is always a hard stop: its severity cannot be changed. */
    public boolean fixedHardStop() {
        return FIXED_HARD_STOPS.contains(this);
    }
}
