package org.tpiclinic.notifications;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Notification settings ({@code tpi.notifications.*}).
 *
 * @param from             the sender address of every email ({@code SMTP_FROM})
 * @param dispatchInterval how often the dispatcher looks for due messages
 * @param scheduled        whether the dispatcher runs on its own (tests switch it off and call it directly)
 * @param reminderOffsets  how long before an appointment each reminder goes out, largest first
 * @param maxAttempts      attempts before a message is marked FAILED
 * @param retryBackoff     wait after the first failure; doubled after each further failure, at most 6 hours
 * @param claimLease       how long a claimed message is left to its node before another may take it
 * @param batchSize        messages claimed at a time
 */
@ConfigurationProperties("tpi.notifications")
public record NotificationSettings(@DefaultValue("appointments@tpiclinic.invalid") String from,
        @DefaultValue("10s") Duration dispatchInterval, @DefaultValue("true") boolean scheduled,
        @DefaultValue({ "48h", "2h" }) List<Duration> reminderOffsets, @DefaultValue("5") int maxAttempts,
        @DefaultValue("1m") Duration retryBackoff, @DefaultValue("5m") Duration claimLease,
        @DefaultValue("20") int batchSize) {

    private static final Duration LONGEST_WAIT = Duration.ofHours(6);

    /** The wait before the next attempt, after {@code failures} failed attempts. */
    Duration backoffAfter(int failures) {
        Duration wait = retryBackoff.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 16));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
