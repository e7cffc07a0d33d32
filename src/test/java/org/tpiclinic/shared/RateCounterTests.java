package org.tpiclinic.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one database counter behind the sign-in delays and the public pages' request limit: fixed windows count
 * from the first hit, quiet periods from the last, on the real database.
 */
@SpringBootTest
class RateCounterTests {

    static final Instant T0 = Instant.parse("2030-03-04T10:00:00Z");
    static final Duration HOUR = Duration.ofHours(1);

    @Autowired
    JdbcClient jdbc;

    String key = "test:" + UUID.randomUUID();

    RateCounter at(Instant now) {
        return new RateCounter(jdbc, Clock.fixed(now, ZoneOffset.UTC));
    }

    Instant plusMinutes(long minutes) {
        return T0.plus(Duration.ofMinutes(minutes));
    }

    @Test
    void aFixedWindowStartsAgainOneWindowAfterItsFirstHitHoweverRecentTheLastOne() {
        assertThat(at(T0).countInWindow(key, HOUR)).isEqualTo(1);
        assertThat(at(plusMinutes(30)).countInWindow(key, HOUR)).isEqualTo(2);
        assertThat(at(plusMinutes(59)).countInWindow(key, HOUR)).isEqualTo(3);
        assertThat(at(plusMinutes(61)).countInWindow(key, HOUR)).isEqualTo(1);
        assertThat(at(plusMinutes(62)).countInWindow(key, HOUR)).isEqualTo(2);
    }

    @Test
    void aCountUntilQuietGrowsWhileHitsKeepComingAndIsForgottenAfterAQuietPeriod() {
        assertThat(at(T0).countUntilQuiet(key, HOUR)).isEqualTo(1);
        assertThat(at(plusMinutes(50)).countUntilQuiet(key, HOUR)).isEqualTo(2);
        assertThat(at(plusMinutes(100)).countUntilQuiet(key, HOUR)).isEqualTo(3);
        assertThat(at(plusMinutes(159)).recent(key, HOUR)).hasValue(new RateCounter.Count(3, plusMinutes(100)));
        assertThat(at(plusMinutes(160)).recent(key, HOUR)).isEmpty();
        assertThat(at(plusMinutes(161)).countUntilQuiet(key, HOUR)).isEqualTo(1);
    }

    @Test
    void forgettingAKeyLeavesOtherKeysCounting() {
        String other = key + ":other";
        at(T0).countUntilQuiet(key, HOUR);
        at(T0).countUntilQuiet(other, HOUR);
        at(T0).forget(key);
        assertThat(at(T0).recent(key, HOUR)).isEmpty();
        assertThat(at(T0).recent(other, HOUR)).map(RateCounter.Count::hits).hasValue(1);
    }

    @Test
    void anOverlongKeyIsCountedByItsFirst200Characters() {
        String longKey = key + "x".repeat(300);
        at(T0).countInWindow(longKey, HOUR);
        assertThat(at(T0).countInWindow(longKey.substring(0, RateCounter.MAX_KEY) + "different tail", HOUR))
                .isEqualTo(2);
    }
}
