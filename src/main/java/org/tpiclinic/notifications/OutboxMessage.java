package org.tpiclinic.notifications;

import java.time.Instant;
import java.util.Objects;

/**
 * An email to send: the recipient, subject, a plain-text body (always), an HTML body and an iCalendar
 * attachment (both optional), and the earliest time to send it ({@code null} means as soon as possible).
 * <p>
 * The dedupe key names the message, not its content: enqueueing the same key again is a no-op, so producers that
 * run more than once (event listeners, retries) send one email. Keys look like {@code appt:<id>:confirm:<seq>}.
 */
public record OutboxMessage(String dedupeKey, String recipient, String subject, String textBody, String htmlBody,
        String ics, Instant sendAfter) {

    public OutboxMessage {
        requireText(dedupeKey, "dedupeKey");
        requireText(recipient, "recipient");
        requireText(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        if (dedupeKey.length() > 200) {
            throw new IllegalArgumentException("dedupeKey is longer than 200 characters");
        }
        if (!recipient.contains("@") || recipient.length() > 320) {
            throw new IllegalArgumentException("recipient is not an email address: " + recipient);
        }
        // A subject is one header line: a line break in it could inject headers.
        if (subject.contains("\n") || subject.contains("\r") || subject.length() > 300) {
            throw new IllegalArgumentException("subject must be one line of at most 300 characters");
        }
    }

    /** A plain-text message to send as soon as possible. */
    public static OutboxMessage text(String dedupeKey, String recipient, String subject, String textBody) {
        return new OutboxMessage(dedupeKey, recipient, subject, textBody, null, null, null);
    }

    public OutboxMessage withIcs(String icsText) {
        return new OutboxMessage(dedupeKey, recipient, subject, textBody, htmlBody, icsText, sendAfter);
    }

    public OutboxMessage sendingAfter(Instant instant) {
        return new OutboxMessage(dedupeKey, recipient, subject, textBody, htmlBody, ics, instant);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
