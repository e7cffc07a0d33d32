package org.tpiclinic.scheduling.online;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts requests per client address on the public booking pages in the database (so every node agrees), in
 * fixed one-hour windows, like the sign-in throttle.
 */
@Component
public class OnlineBookingThrottle {

    private static final Duration WINDOW = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final OnlineBookingSettings settings;
    private final Clock clock;

    OnlineBookingThrottle(JdbcClient jdbc, OnlineBookingSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /** Counts one request from the address; false when the address is over its limit for this hour. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean allow(String address) {
        String key = "book:" + (address == null ? "" : address.length() > 90 ? address.substring(0, 90) : address);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        OffsetDateTime windowStart = now.minus(WINDOW);
        int updated = jdbc.sql("""
                UPDATE online_booking_hits
                   SET hits = CASE WHEN window_start > ? THEN hits + 1 ELSE 1 END,
                       window_start = CASE WHEN window_start > ? THEN window_start ELSE ? END
                 WHERE throttle_key = ?""")
                .params(windowStart, windowStart, now, key).update();
        if (updated == 0) {
            try {
                jdbc.sql("INSERT INTO online_booking_hits (throttle_key, hits, window_start) VALUES (?, 1, ?)")
                        .params(key, now).update();
            } catch (DuplicateKeyException raced) {
                jdbc.sql("UPDATE online_booking_hits SET hits = hits + 1 WHERE throttle_key = ?").param(key).update();
            }
        }
        int hits = jdbc.sql("SELECT hits FROM online_booking_hits WHERE throttle_key = ?").param(key)
                .query(Integer.class).single();
        return hits <= settings.maxRequestsPerHour();
    }
}
