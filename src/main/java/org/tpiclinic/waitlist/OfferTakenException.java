package org.tpiclinic.waitlist;

import org.tpiclinic.shared.ConflictException;

/** Someone confirmed the offered time first (or it is no longer free): 409; the patient stays on the list. */
public class OfferTakenException extends ConflictException {

    public OfferTakenException() {
        super("This time was just taken by someone else. You are still on the waitlist; we will email you when "
                + "another time comes up.");
    }
}
