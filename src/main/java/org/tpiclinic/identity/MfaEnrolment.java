package org.tpiclinic.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account's confirmed TOTP second factor and its recovery codes. Guards the rules of using them: a TOTP code
 * is accepted once (never a step at or before the last used), a recovery code once, and after
 * {@link #MAX_FAILURES} wrong codes in a row no code is accepted until {@link #PAUSE} has passed.
 */
@Table("mfa_enrolments")
class MfaEnrolment {

    static final int MAX_FAILURES = 5;
    static final Duration PAUSE = Duration.ofMinutes(15);
    static final int RECOVERY_CODES = 10;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private final UUID accountId;
    @Version
    private Long version;
    private final String secret;
    private final Instant enrolledAt;
    private long lastUsedStep;
    private int failedAttempts;
    private Instant lastFailureAt;
    @MappedCollection(idColumn = "account_id")
    private Set<RecoveryCode> recoveryCodes;

    @PersistenceCreator
    MfaEnrolment(UUID accountId, Long version, String secret, Instant enrolledAt, long lastUsedStep,
            int failedAttempts, Instant lastFailureAt, Set<RecoveryCode> recoveryCodes) {
        this.accountId = accountId;
        this.version = version;
        this.secret = secret;
        this.enrolledAt = enrolledAt;
        this.lastUsedStep = lastUsedStep;
        this.failedAttempts = failedAttempts;
        this.lastFailureAt = lastFailureAt;
        this.recoveryCodes = new HashSet<>(recoveryCodes == null ? Set.of() : recoveryCodes);
    }

    /** A confirmed enrolment: {@code firstStep} is the step of the code that confirmed it (not usable again). */
    static MfaEnrolment confirmed(UUID accountId, String secret, long firstStep, Instant now) {
        return new MfaEnrolment(accountId, null, secret, now, firstStep, 0, null, Set.of());
    }

    static String newSecret() {
        byte[] key = new byte[20];
        RANDOM.nextBytes(key);
        return Base32.encode(key);
    }

    enum Outcome { ACCEPTED, ACCEPTED_RECOVERY_CODE, WRONG, PAUSED }

    boolean paused(Instant now) {
        return failedAttempts >= MAX_FAILURES && lastFailureAt != null && now.isBefore(lastFailureAt.plus(PAUSE));
    }

    /** Checks a code typed at sign-in: a TOTP code, or (when {@code recoveryAllowed}) an unused recovery code. */
    Outcome use(String code, boolean recoveryAllowed, Instant now) {
        if (paused(now)) {
            return Outcome.PAUSED;
        }
        var step = Totp.match(Base32.decode(secret), code, now, lastUsedStep);
        if (step.isPresent()) {
            lastUsedStep = step.getAsLong();
            failedAttempts = 0;
            return Outcome.ACCEPTED;
        }
        if (recoveryAllowed) {
            String hash = hash(code);
            var unused = recoveryCodes.stream().filter(c -> c.matches(hash) && c.usedAt() == null).findFirst();
            if (unused.isPresent()) {
                recoveryCodes.remove(unused.get());
                recoveryCodes.add(unused.get().usedAt(now));
                failedAttempts = 0;
                return Outcome.ACCEPTED_RECOVERY_CODE;
            }
        }
        failedAttempts = failedAttempts >= MAX_FAILURES ? 1 : failedAttempts + 1;
        lastFailureAt = now;
        return Outcome.WRONG;
    }

    /** Replaces every recovery code with new ones; returns them as shown to the user (they are stored hashed). */
    List<String> renewRecoveryCodes() {
        var shown = new ArrayList<String>();
        recoveryCodes.clear();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            byte[] random = new byte[10];
            RANDOM.nextBytes(random);
            String code = Base32.encode(random).replaceAll("(.{4})(?!$)", "$1-");
            shown.add(code);
            recoveryCodes.add(new RecoveryCode(hash(code), null));
        }
        return shown;
    }

    int recoveryCodesLeft() {
        return (int) recoveryCodes.stream().filter(c -> c.usedAt() == null).count();
    }

    /** Recovery codes are compared without case, spaces or dashes, as people type them. */
    static String hash(String code) {
        String canonical = code == null ? "" : code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    UUID accountId() {
        return accountId;
    }

    String secret() {
        return secret;
    }

    Instant enrolledAt() {
        return enrolledAt;
    }

    /** A single-use recovery code, by its SHA-256. */
    @Table("mfa_recovery_codes")
    record RecoveryCode(String codeHash, Instant usedAt) {

        boolean matches(String hash) {
            return MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                    hash.getBytes(StandardCharsets.US_ASCII));
        }

        RecoveryCode usedAt(Instant when) {
            return new RecoveryCode(codeHash, when);
        }
    }
}
