package org.tpiclinic.assessment;

import org.tpiclinic.identity.CurrentUser;

/**
 * The no-login links emailed to patients (the intake link of a booking confirmation), as the assessment module
 * needs them: whose link a token is, so that the patient can draw where it hurts without signing in. Owned here,
 * implemented by the module that issues the links (screening), so that assessment does not depend on it.
 */
public interface DrawingLinks {

    /** Whether a token opened a patient's drawing, and as whom. */
    enum Standing { VALID, UNKNOWN, EXPIRED }

    /**
     * @param user the patient acting for themself through the link (only when {@code VALID})
     */
    record Holder(Standing standing, CurrentUser user) {
    }

    /** The holder of this link; an unknown, altered or expired token is never {@code VALID}. */
    Holder holder(String token);
}
