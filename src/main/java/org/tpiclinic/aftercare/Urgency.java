package org.tpiclinic.aftercare;

/** How urgent a check-in answer is: nothing to do, call the clinic now, or call 911 now. Ordered by urgency. */
public enum Urgency {
    NONE, CALL, EMERGENCY;

    public boolean redFlag() {
        return this != NONE;
    }
}
