package org.tpiclinic.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing without letting a stranger lock a real user out (decision 24). Failures are
 * counted, in the database so every node agrees, per username and device (the client address, or the device
 * the account signed in from before), per username from unknown devices, and per client address from unknown
 * devices. Each key allows a few failures, then asks for a wait that doubles with each further failure, up to a
 * cap. A device that signed in to the account before is only slowed by its own failures. The username is
 * counted whether or not such an account exists, so the answer never reveals which accounts exist.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final ThrottleProperties settings;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, ThrottleProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long this attempt must wait before its password is checked; zero when it may go ahead. */
    @Transactional(readOnly = true)
    public Duration waitBefore(SignInAttempt attempt) {
        var wait = remaining(attempt.pairKey(), settings.freeFailures());
        if (!attempt.fromKnownDevice()) {
            wait = longer(wait, remaining(attempt.accountKey(), settings.accountFreeFailures()));
            wait = longer(wait, remaining(attempt.addressKey(), settings.addressFreeFailures()));
        }
        return wait;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(SignInAttempt attempt) {
        count(attempt.pairKey());
        if (!attempt.fromKnownDevice()) {
            count(attempt.accountKey());
            count(attempt.addressKey());
        }
    }

    /**
     * Forgets this device's failures for the account. The account's count from unknown devices stays: a
     * guesser's failures are not wiped by the real user signing in.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(SignInAttempt attempt) {
        jdbc.sql("DELETE FROM sign_in_failures WHERE throttle_key = ?").param(attempt.pairKey()).update();
    }

    private Duration remaining(String key, int free) {
        var now = clock.instant();
        return jdbc.sql("SELECT failures, last_failure_at FROM sign_in_failures WHERE throttle_key = ? "
                        + "AND last_failure_at > ?")
                .params(key, utc(now.minus(settings.quietPeriod())))
                .query((row, n) -> {
                    Instant last = row.getObject("last_failure_at", OffsetDateTime.class).toInstant();
                    var until = last.plus(settings.delayAfter(row.getInt("failures"), free));
                    return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
                })
                .optional().orElse(Duration.ZERO);
    }

    private void count(String key) {
        var now = utc(clock.instant());
        var forgotten = utc(clock.instant().minus(settings.quietPeriod()));
        int updated = jdbc.sql("""
                UPDATE sign_in_failures
                   SET failures = CASE WHEN last_failure_at > ? THEN failures + 1 ELSE 1 END,
                       window_start = CASE WHEN last_failure_at > ? THEN window_start ELSE ? END,
                       last_failure_at = ?
                 WHERE throttle_key = ?""")
                .params(forgotten, forgotten, now, now, key)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO sign_in_failures (throttle_key, failures, window_start, last_failure_at) "
                        + "VALUES (?, 1, ?, ?)").params(key, now, now).update();
            } catch (DuplicateKeyException raced) {
                jdbc.sql("UPDATE sign_in_failures SET failures = failures + 1, last_failure_at = ? "
                        + "WHERE throttle_key = ?").params(now, key).update();
            }
        }
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** JDBC drivers agree on OffsetDateTime for TIMESTAMP WITH TIME ZONE (PostgreSQL's cannot bind an Instant). */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
