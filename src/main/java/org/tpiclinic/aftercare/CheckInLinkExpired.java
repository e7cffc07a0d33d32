package org.tpiclinic.aftercare;

/** A check-in link past its time: the page says so and offers the portal and the practice's phone. */
public class CheckInLinkExpired extends RuntimeException {

    public CheckInLinkExpired() {
        super("This check-in link has expired");
    }
}
