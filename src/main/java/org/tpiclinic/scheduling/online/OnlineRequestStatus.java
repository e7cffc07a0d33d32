package org.tpiclinic.scheduling.online;

/** Where an online booking request stands. */
public enum OnlineRequestStatus {
    /** Waiting for the person to confirm by the emailed link. */
    PENDING,
    /** Confirmed by email; the type needs staff approval before it is booked. */
    AWAITING_APPROVAL,
    BOOKED,
    DECLINED
}
