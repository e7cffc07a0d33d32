package org.tpiclinic.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An account was created or changed: published synchronously inside the transaction of the change, so that a
 * listener's work (the audit entry) commits or rolls back with it.
 *
 * @param actor     who did it (an admin, or the system at start-up)
 * @param patientId the patient a portal login belongs to; {@code null} for staff
 * @param detail    what changed, for a person to read (e.g. {@code role CLINICIAN -> ADMIN}); never a password
 */
public record AccountChanged(CurrentUser actor, UUID accountId, String username, @Nullable UUID patientId,
        Change change, String detail) {

    public enum Change {
        CREATED, ROLE_CHANGED, DISABLED, ENABLED, PASSWORD_RESET
    }
}
