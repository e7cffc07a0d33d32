package org.tpiclinic.procedures.formulary;

/**
 * The clinic policies on how often and how soon a patient is injected again, each a warning a clinician may
 * override with a reason.
 */
public enum PolicyCode {
    /** A steroid again within this many days of the last steroid session. */
    STEROID_MIN_INTERVAL(Unit.DAYS),
    /** More steroid sessions than this in the rolling 12 months, counting this one. */
    STEROID_MAX_PER_YEAR(Unit.SESSIONS),
    /** More sessions in one body region than this in the rolling 12 months, counting this one. */
    REGION_MAX_PER_YEAR(Unit.SESSIONS),
    /** The same site (muscle and side) again within this many days. */
    SAME_SITE_MIN_INTERVAL(Unit.DAYS),
    /** A region treated again while the relief from its last session is not documented. */
    REPEAT_WITHOUT_RELIEF(Unit.NONE);

    /** What a policy's threshold counts. */
    public enum Unit { DAYS, SESSIONS, NONE }

    private final Unit unit;

    PolicyCode(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }
}
