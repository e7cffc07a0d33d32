package org.tpiclinic.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.identity.CredentialsChanged.Change;

/**
 * A signed-in user's own credentials: confirming who they are again (password, and a TOTP code when they use a
 * second factor) before any change, and changing their password.
 */
@Service
@Transactional
public class Credentials {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final SecondFactors secondFactors;
    private final ApplicationEventPublisher events;

    Credentials(Accounts accounts, PasswordEncoder passwords, PasswordPolicy policy, SecondFactors secondFactors,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.policy = policy;
        this.secondFactors = secondFactors;
        this.events = events;
    }

    /**
     * Refused re-authentication: {@link #field()} is the form field to mark ({@code currentPassword} or
     * {@code code}), {@link #messageKey()} the text to show there.
     */
    public static class NotConfirmed extends RuntimeException {

        private final String field;
        private final String messageKey;

        NotConfirmed(String field, String messageKey, String message) {
            super(message);
            this.field = field;
            this.messageKey = messageKey;
        }

        public String field() {
            return field;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    /** Checks the current password, and the code from the authenticator app when the user has one. */
    public void confirm(CurrentUser me, String currentPassword, String code) {
        var account = accounts.get(me.userId());
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new NotConfirmed("currentPassword", "account.reauth.wrongPassword", "The password is wrong");
        }
        if (secondFactors.enrolled(me.userId())) {
            switch (secondFactors.reauthenticate(me.userId(), code)) {
                case ACCEPTED -> { }
                case PAUSED -> throw new NotConfirmed("code", "mfa.code.paused", "Too many wrong codes");
                case WRONG -> throw new NotConfirmed("code", "mfa.code.wrong", "The code is wrong");
            }
        }
    }

    /**
     * The user changes their own password after confirming who they are; their other sessions end. With a second
     * factor the shorter floor applies (NIST SP 800-63B: 8 characters), without one 15.
     */
    public void changePassword(CurrentUser me, String currentPassword, String code, String newPassword,
            String currentSessionId) {
        confirm(me, currentPassword, code);
        policy.require(newPassword, secondFactors.enrolled(me.userId()), me.username(), me.displayName());
        accounts.replacePassword(me.userId(), passwords.encode(newPassword), currentSessionId);
        events.publishEvent(new CredentialsChanged(me.userId(), me.username(), me, Change.PASSWORD_CHANGED));
    }

    /** The shortest password this user may choose now. */
    public int minimumLength(CurrentUser me) {
        return secondFactors.enrolled(me.userId()) ? PasswordPolicy.MIN_WITH_MFA : PasswordPolicy.MIN_WITHOUT_MFA;
    }
}
