package org.tpiclinic.identity;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per username and per client address, in the database so every node agrees. The
 * username is counted whether or not such an account exists, so the answer never reveals which accounts exist.
 */
@Component
class SignInThrottle {

    private final JdbcClient jdbc;
    private final SecurityProperties settings;
    private final Clock clock;

    SignInThrottle(JdbcClient jdbc, SecurityProperties settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean isPaused(String username, String address) {
        return failures(accountKey(username)) >= settings.maxFailuresPerAccount()
                || failures(addressKey(address)) >= settings.maxFailuresPerAddress();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username, String address) {
        count(accountKey(username));
        count(addressKey(address));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        jdbc.sql("DELETE FROM sign_in_failures WHERE throttle_key = ?").param(accountKey(username)).update();
    }

    private int failures(String key) {
        OffsetDateTime windowStart = clock.instant().minus(settings.failureWindow()).atOffset(ZoneOffset.UTC);
        return jdbc.sql("SELECT failures FROM sign_in_failures WHERE throttle_key = ? AND window_start > ?")
                .params(key, windowStart)
                .query(Integer.class).optional().orElse(0);
    }

    private void count(String key) {
        // JDBC drivers agree on OffsetDateTime for TIMESTAMP WITH TIME ZONE (PostgreSQL's cannot bind an Instant).
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                UPDATE sign_in_failures
                   SET failures = CASE WHEN window_start > ? THEN failures + 1 ELSE 1 END,
                       window_start = CASE WHEN window_start > ? THEN window_start ELSE ? END
                 WHERE throttle_key = ?""")
                .params(now.minus(settings.failureWindow()), now.minus(settings.failureWindow()), now, key)
                .update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO sign_in_failures (throttle_key, failures, window_start) VALUES (?, 1, ?)")
                        .params(key, now).update();
            } catch (DuplicateKeyException raced) {
                jdbc.sql("UPDATE sign_in_failures SET failures = failures + 1 WHERE throttle_key = ?")
                        .param(key).update();
            }
        }
    }

    private static String accountKey(String username) {
        return "account:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
