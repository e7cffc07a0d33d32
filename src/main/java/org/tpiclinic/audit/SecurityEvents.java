package org.tpiclinic.audit;

import java.util.regex.Pattern;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.tpiclinic.identity.AccountChanged;
import org.tpiclinic.identity.Accounts;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.SecondFactorRefused;

/**
 * Records security events in the audit log: sign-ins (Spring Security's authentication events) and account
 * changes ({@link AccountChanged}, in the transaction of the change). A refused sign-in for a name that no account
 * has is recorded as {@code unknown}, with at most {@value #TYPED_MAX} characters of what was typed, reduced to
 * the characters a username may have: a password or a patient's name typed into the wrong field is not kept
 * whole, and nobody can fill the log with long text.
 */
@Component
class SecurityEvents {

    static final int TYPED_MAX = 32;
    private static final Pattern NOT_USERNAME = Pattern.compile("[^A-Za-z0-9._@-]");

    private final AuditLog log;
    private final Accounts accounts;

    SecurityEvents(AuditLog log, Accounts accounts) {
        this.log = log;
        this.accounts = accounts;
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof ClinicUser user) {
            var who = user.current();
            log.recordSecurityEvent(who.username(), who.role().name(), AuditAction.SIGN_IN, "signed in",
                    AuditOutcome.SUCCESS);
        }
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent event) {
        String typed = event.getAuthentication().getName();
        String why = event instanceof AuthenticationFailureDisabledEvent ? "account disabled"
                : event instanceof AuthenticationFailureLockedEvent ? "account locked" : "wrong password";
        accounts.find(typed).ifPresentOrElse(
                known -> log.recordSecurityEvent(known.username(), known.role().name(), AuditAction.SIGN_IN,
                        "sign-in refused: " + why, AuditOutcome.DENIED),
                () -> log.recordSecurityEvent("unknown", "NONE", AuditAction.SIGN_IN,
                        "sign-in refused: no account named \"" + bounded(typed) + "\"", AuditOutcome.DENIED));
    }

    @EventListener
    void secondFactorRefused(SecondFactorRefused event) {
        String step = event.atSignIn() ? "sign-in refused: " : "re-authentication refused: ";
        log.recordSecurityEvent(event.username(), event.role().name(), AuditAction.SIGN_IN,
                step + (event.paused() ? "second step paused after wrong codes" : "wrong second-factor code"),
                AuditOutcome.DENIED);
    }

    @EventListener
    void accountChanged(AccountChanged event) {
        var action = switch (event.change()) {
            case CREATED -> AuditAction.CREATE;
            case ROLE_CHANGED -> AuditAction.ROLE_CHANGE;
            case DISABLED -> AuditAction.DISABLE;
            case ENABLED -> AuditAction.ENABLE;
            case PASSWORD_RESET -> AuditAction.PASSWORD_RESET;
        };
        log.record(event.actor(), event.patientId(), action, "user " + event.username() + ": " + event.detail());
    }

    /** What was typed, reduced to the characters a username may have and cut to {@value #TYPED_MAX} ("…"). */
    static String bounded(String typed) {
        if (typed == null) {
            return "";
        }
        // Only the start is looked at: the filter never sees more than a few hundred characters.
        String kept = NOT_USERNAME.matcher(typed.length() > 256 ? typed.substring(0, 256) : typed).replaceAll("");
        return kept.length() > TYPED_MAX ? kept.substring(0, TYPED_MAX) + "…" : kept;
    }
}
