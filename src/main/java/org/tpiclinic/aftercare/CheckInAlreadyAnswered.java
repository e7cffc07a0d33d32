package org.tpiclinic.aftercare;

import org.tpiclinic.shared.ConflictException;

/** A second answer to a check-in: refused; the first answers stand. */
public class CheckInAlreadyAnswered extends ConflictException {

    public CheckInAlreadyAnswered() {
        super("You already answered this check-in. Your first answers were kept; nothing was changed.");
    }
}
