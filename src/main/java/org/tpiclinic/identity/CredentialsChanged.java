package org.tpiclinic.identity;

import java.util.UUID;

/**
 * Published, inside the transaction, whenever an account's credentials change or a recovery code is spent, so
 * that the audit log records it with the change.
 *
 * @param accountId whose credentials changed
 * @param username  that account's username
 * @param actor     who did it (the user themself, or an admin)
 */
public record CredentialsChanged(UUID accountId, String username, CurrentUser actor, Change change) {

    /** What changed. */
    public enum Change {
        PASSWORD_CHANGED, MFA_ENROLLED, MFA_REMOVED, MFA_RESET, RECOVERY_CODES_RENEWED,
        RECOVERY_CODE_USED
    }
}
