package org.tpiclinic.identity;

import java.util.UUID;

/**
 * Published when a second-factor code is refused, at sign-in or when a signed-in user confirms who they are, so
 * that the audit log records the refusal as it records a wrong password.
 *
 * @param accountId whose code was refused
 * @param username  that account's username
 * @param role      that account's role
 * @param paused    whether the step was already paused after too many wrong codes
 * @param atSignIn  whether it was the second step of a sign-in (otherwise a re-authentication)
 */
public record SecondFactorRefused(UUID accountId, String username, Role role, boolean paused, boolean atSignIn) {
}
