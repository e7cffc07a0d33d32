package org.tpiclinic.identity;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.identity.CredentialsChanged.Change;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.NotFoundException;

/**
 * Two-step sign-in with a TOTP authenticator app: setting it up (a new secret, confirmed with a first code),
 * checking a code at sign-in, recovery codes, and turning it off (by the user where the practice allows it, or
 * reset by an admin when a phone is lost). Every change is published as {@link CredentialsChanged}.
 */
@Service
@Transactional
public class SecondFactors {

    private final MfaEnrolments enrolments;
    private final UserAccounts accounts;
    private final AuthenticationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String issuer;

    SecondFactors(MfaEnrolments enrolments, UserAccounts accounts, AuthenticationSettings settings,
            ApplicationEventPublisher events, Clock clock, @Value("${tpi.practice.name:TPI Clinic}") String issuer) {
        this.enrolments = enrolments;
        this.accounts = accounts;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.issuer = issuer;
    }

    /** A secret offered for setting up, not yet confirmed: kept in the user's session until they confirm it. */
    public record Offer(String secret, String uri) implements Serializable {

        /** The secret in groups of four, easier to type into an app (spaces are ignored). */
        public String grouped() {
            return secret.replaceAll("(.{4})(?!$)", "$1 ");
        }
    }

    /** What happened to a code typed at sign-in. */
    public enum Check { ACCEPTED, WRONG, PAUSED }

    @Transactional(readOnly = true)
    public boolean enrolled(UUID accountId) {
        return accountId != null && enrolments.existsById(accountId);
    }

    /** Whether this account must have a second factor before it may sign in. */
    public boolean required(Role role) {
        return role.isStaff() && settings.staffMfa() == AuthenticationSettings.StaffMfa.REQUIRED;
    }

    /** Staff may use a second factor; patients sign in with their password. */
    public boolean available(Role role) {
        return role.isStaff();
    }

    /** The accounts that have a second factor. */
    @Transactional(readOnly = true)
    public Set<UUID> enrolledAccounts() {
        return enrolments.findAll().stream().map(MfaEnrolment::accountId).collect(Collectors.toSet());
    }

    @Transactional(readOnly = true)
    public int recoveryCodesLeft(UUID accountId) {
        return enrolments.findById(accountId).map(MfaEnrolment::recoveryCodesLeft).orElse(0);
    }

    /** A fresh secret and the otpauth URI an authenticator app reads (Key URI format). */
    public Offer offer(CurrentUser me) {
        if (!available(me.role())) {
            throw new ConflictException("Two-step sign-in is for staff accounts");
        }
        String secret = MfaEnrolment.newSecret();
        String label = encode(issuer) + ":" + encode(me.username());
        String uri = "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new Offer(secret, uri);
    }

    /**
     * Confirms an offered secret with the first code from the app and returns the recovery codes (shown once).
     * Empty when the code does not match.
     */
    public Optional<List<String>> confirm(CurrentUser me, Offer offer, String code) {
        if (enrolled(me.userId())) {
            throw new ConflictException("Two-step sign-in is already set up for this account");
        }
        var step = Totp.match(Base32.decode(offer.secret()), code, clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        var enrolment = MfaEnrolment.confirmed(me.userId(), offer.secret(), step.getAsLong(), clock.instant());
        var codes = enrolment.renewRecoveryCodes();
        enrolments.save(enrolment);
        publish(me.userId(), me, Change.MFA_ENROLLED);
        return Optional.of(codes);
    }

    /** Checks a sign-in code: a TOTP code or an unused recovery code. */
    public Check signIn(UUID accountId, String code) {
        return use(accountId, code, true);
    }

    /** Checks a TOTP code when a signed-in user confirms who they are (recovery codes are for sign-in only). */
    public Check reauthenticate(UUID accountId, String code) {
        return use(accountId, code, false);
    }

    private Check use(UUID accountId, String code, boolean recoveryAllowed) {
        var enrolment = enrolments.findById(accountId).orElseThrow(() -> new ConflictException(
                "Two-step sign-in is not set up for this account"));
        var outcome = enrolment.use(code, recoveryAllowed, clock.instant());
        try {
            enrolments.save(enrolment);
        } catch (OptimisticLockingFailureException concurrent) {
            // The same code sent twice at once: only the request that saved first may use it.
            return Check.WRONG;
        }
        if (outcome == MfaEnrolment.Outcome.WRONG || outcome == MfaEnrolment.Outcome.PAUSED) {
            accounts.findById(accountId).ifPresent(account -> events.publishEvent(new SecondFactorRefused(accountId,
                    account.username(), account.role(), outcome == MfaEnrolment.Outcome.PAUSED, recoveryAllowed)));
        }
        if (outcome == MfaEnrolment.Outcome.ACCEPTED_RECOVERY_CODE) {
            var account = accounts.findById(accountId).orElseThrow();
            publish(accountId, account.asCurrentUser(), Change.RECOVERY_CODE_USED);
        }
        return switch (outcome) {
            case ACCEPTED, ACCEPTED_RECOVERY_CODE -> Check.ACCEPTED;
            case WRONG -> Check.WRONG;
            case PAUSED -> Check.PAUSED;
        };
    }

    /** New recovery codes replace all old ones (after the user confirmed who they are). */
    public List<String> renewRecoveryCodes(CurrentUser me) {
        var enrolment = enrolments.findById(me.userId()).orElseThrow(() -> new ConflictException(
                "Two-step sign-in is not set up for this account"));
        var codes = enrolment.renewRecoveryCodes();
        enrolments.save(enrolment);
        publish(me.userId(), me, Change.RECOVERY_CODES_RENEWED);
        return codes;
    }

    /** The user turns their second factor off, where the practice does not require one. */
    public void remove(CurrentUser me) {
        if (required(me.role())) {
            throw new ConflictException("The practice requires two-step sign-in for staff; it cannot be turned off");
        }
        if (enrolments.existsById(me.userId())) {
            enrolments.deleteById(me.userId());
            publish(me.userId(), me, Change.MFA_REMOVED);
        }
    }

    /** An admin removes a user's second factor (a lost phone); where required, they set it up at next sign-in. */
    public void reset(UUID accountId, CurrentUser admin) {
        if (!accounts.existsById(accountId)) {
            throw new NotFoundException("The account");
        }
        if (enrolments.existsById(accountId)) {
            enrolments.deleteById(accountId);
            publish(accountId, admin, Change.MFA_RESET);
        }
    }

    private void publish(UUID accountId, CurrentUser actor, Change change) {
        String username = accounts.findById(accountId).map(UserAccount::username).orElse("?");
        events.publishEvent(new CredentialsChanged(accountId, username, actor, change));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
