package org.tpiclinic.notifications;

import java.time.Instant;
import java.util.UUID;

/** A stored outbox message and how its delivery went, as shown to admins. */
public record OutboxEntry(UUID id, String dedupeKey, String recipient, String subject, String textBody,
        String htmlBody, String ics, Instant createdAt, Instant sendAfter, OutboxStatus status, int attempts,
        String lastError, Instant sentAt) {

    public boolean hasIcs() {
        return ics != null && !ics.isEmpty();
    }
}
