package org.tpiclinic.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts what happens per key, in the database so that every node agrees: the one counter behind the sign-in
 * delays (identity) and the request limit of the public pages ({@link PublicPageLimit}). A count is forgotten
 * either a fixed time after its first hit ({@link #countInWindow}) or after a quiet period without one
 * ({@link #countUntilQuiet}). Keys name their kind as a prefix ({@code "book:"}, {@code "account:"}, …) and are at
 * most {@link #MAX_KEY} characters. Counting runs in its own transaction, so a count survives the rollback of the
 * work it guards (a refused sign-in, a refused booking).
 */
@Component
public class RateCounter {

    /** Longest key stored. */
    public static final int MAX_KEY = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    RateCounter(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A key's count and the time of its last hit. */
    public record Count(int hits, Instant lastHit) {
    }

    /**
     * One more hit in fixed windows: the count starts again once {@code window} has passed since its first hit.
     *
     * @return the hits in the current window, this one included
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int countInWindow(String key, Duration window) {
        return count(key, window, "window_start");
    }

    /**
     * One more hit, forgotten after {@code quiet} without one.
     *
     * @return the hits since the last quiet period, this one included
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int countUntilQuiet(String key, Duration quiet) {
        return count(key, quiet, "last_hit_at");
    }

    /** The key's count, unless its last hit is {@code quiet} or more ago. */
    @Transactional(readOnly = true)
    public Optional<Count> recent(String key, Duration quiet) {
        return jdbc.sql("SELECT hits, last_hit_at FROM rate_counts WHERE throttle_key = ? AND last_hit_at > ?")
                .params(key(key), utc(clock.instant().minus(quiet)))
                .query((row, n) -> new Count(row.getInt("hits"),
                        row.getObject("last_hit_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Forgets the key's count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forget(String key) {
        jdbc.sql("DELETE FROM rate_counts WHERE throttle_key = ?").param(key(key)).update();
    }

    /** Counts one hit; the count starts again at one when {@code since} is {@code forgetAfter} or more ago. */
    private int count(String rawKey, Duration forgetAfter, String since) {
        String key = key(rawKey);
        var now = utc(clock.instant());
        var forgotten = utc(clock.instant().minus(forgetAfter));
        // Both CASEs read the row as it was before this update (standard SQL, on H2 and PostgreSQL alike).
        int updated = jdbc.sql("UPDATE rate_counts SET hits = CASE WHEN " + since + " > ? THEN hits + 1 ELSE 1 END, "
                        + "window_start = CASE WHEN " + since + " > ? THEN window_start ELSE ? END, last_hit_at = ? "
                        + "WHERE throttle_key = ?")
                .params(forgotten, forgotten, now, now, key).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO rate_counts (throttle_key, hits, window_start, last_hit_at) VALUES (?, 1, ?, ?)")
                        .params(key, now, now).update();
            } catch (DuplicateKeyException raced) {
                jdbc.sql("UPDATE rate_counts SET hits = hits + 1, last_hit_at = ? WHERE throttle_key = ?")
                        .params(now, key).update();
            }
        }
        return jdbc.sql("SELECT hits FROM rate_counts WHERE throttle_key = ?").param(key).query(Integer.class).single();
    }

    private static String key(String key) {
        return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
    }

    /** JDBC drivers agree on OffsetDateTime for TIMESTAMP WITH TIME ZONE (PostgreSQL's cannot bind an Instant). */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
