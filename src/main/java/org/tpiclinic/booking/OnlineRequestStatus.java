package org.tpiclinic.booking;

/** Where an online booking request stands. */
public enum OnlineRequestStatus {
    /** Waiting for the person to confirm by the emailed link. */
    PENDING,
    /**
     * Confirmed by email, but a chart with the same name and date of birth (and another email address) exists:
     * the front desk links the request to that chart or registers a new one ({@link OnlineMatches}).
     */
    AWAITING_MATCH,
    /** Confirmed by email; the type needs staff approval before it is booked. */
    AWAITING_APPROVAL,
    BOOKED,
    DECLINED
}
