package org.tpiclinic.waitlist;

/** Where a waitlist entry stands. Only a waiting entry is offered a slot. */
public enum WaitlistStatus {
    WAITING, OFFERED, BOOKED, WITHDRAWN, EXPIRED;

    /** Still on the list: waiting or holding an offer. */
    public boolean open() {
        return this == WAITING || this == OFFERED;
    }
}
