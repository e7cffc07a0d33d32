package org.tpiclinic.identity;

import java.time.Clock;
import java.time.Duration;

import org.springframework.stereotype.Component;
import org.tpiclinic.shared.RateCounter;

/**
 * Slows down password guessing without letting a stranger lock a real user out (decision 24). Failures are
 * counted, in the database so every node agrees ({@link RateCounter}, shared with the public pages' request
 * limit), per username and device (the client address, or the device the account signed in from before), per
 * username from unknown devices, and per client address from unknown devices. Each key allows a few failures,
 * then asks for a wait that doubles with each further failure, up to a cap; a key is forgotten after a quiet
 * period without failures. A device that signed in to the account before is only slowed by its own failures. The
 * username is counted whether or not such an account exists, so the answer never reveals which accounts exist.
 */
@Component
class SignInThrottle {

    private final RateCounter counter;
    private final ThrottleProperties settings;
    private final Clock clock;

    SignInThrottle(RateCounter counter, ThrottleProperties settings, Clock clock) {
        this.counter = counter;
        this.settings = settings;
        this.clock = clock;
    }

    /** How long this attempt must wait before its password is checked; zero when it may go ahead. */
    public Duration waitBefore(SignInAttempt attempt) {
        var wait = remaining(attempt.pairKey(), settings.freeFailures());
        if (!attempt.fromKnownDevice()) {
            wait = longer(wait, remaining(attempt.accountKey(), settings.accountFreeFailures()));
            wait = longer(wait, remaining(attempt.addressKey(), settings.addressFreeFailures()));
        }
        return wait;
    }

    public void recordFailure(SignInAttempt attempt) {
        counter.countUntilQuiet(attempt.pairKey(), settings.quietPeriod());
        if (!attempt.fromKnownDevice()) {
            counter.countUntilQuiet(attempt.accountKey(), settings.quietPeriod());
            counter.countUntilQuiet(attempt.addressKey(), settings.quietPeriod());
        }
    }

    /**
     * Forgets this device's failures for the account. The account's count from unknown devices stays: a
     * guesser's failures are not wiped by the real user signing in.
     */
    public void recordSuccess(SignInAttempt attempt) {
        counter.forget(attempt.pairKey());
    }

    private Duration remaining(String key, int free) {
        var now = clock.instant();
        return counter.recent(key, settings.quietPeriod()).map(count -> {
            var until = count.lastHit().plus(settings.delayAfter(count.hits(), free));
            return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
        }).orElse(Duration.ZERO);
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
