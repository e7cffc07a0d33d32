package org.tpiclinic.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How failed sign-ins slow down further attempts (decision 24). Nothing is ever paused for everyone: each key
 * below gets a few free failures, then must wait {@code firstDelay}, doubling with each further failure up to
 * {@code maxDelay}. Counts are forgotten after {@code quietPeriod} without a failure.
 *
 * @param freeFailures        failures of one username from one address (or one known device) before delays start
 * @param accountFreeFailures failures of one username from devices it does not know, from any address, before
 *                            such devices must wait; a device the account signed in from before is exempt
 * @param addressFreeFailures failures from one client address across usernames (password spraying) before
 *                            unknown devices at that address must wait; known devices are exempt, so staff
 *                            behind a clinic's shared address keep signing in
 * @param firstDelay          the first wait once the free failures are used
 * @param maxDelay            the longest wait between two attempts
 * @param quietPeriod         a key's failures are forgotten after this long without a new one
 * @param knownDeviceLifetime a device stays known to an account this long after its last successful sign-in
 */
@ConfigurationProperties("tpi.security.throttle")
record ThrottleProperties(int freeFailures, int accountFreeFailures, int addressFreeFailures, Duration firstDelay,
        Duration maxDelay, Duration quietPeriod, Duration knownDeviceLifetime) {

    ThrottleProperties {
        if (freeFailures < 1 || accountFreeFailures < 1 || addressFreeFailures < 1 || firstDelay.isNegative()
                || maxDelay.compareTo(firstDelay) < 0 || quietPeriod.isNegative() || knownDeviceLifetime.isNegative()) {
            throw new IllegalArgumentException("tpi.security.throttle: free failures are at least 1, durations are "
                    + "not negative and max-delay is at least first-delay");
        }
    }

    /** The wait after {@code failures} failures of a key that allows {@code free} of them. */
    Duration delayAfter(int failures, int free) {
        int beyond = failures - free;
        if (beyond < 0) {
            return Duration.ZERO;
        }
        // Doubling past 2^20 overflows nothing useful: the cap is reached long before.
        var delay = firstDelay.multipliedBy(1L << Math.min(beyond, 20));
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
