package org.tpiclinic.notifications;

/** Where a message is on its way out. */
public enum OutboxStatus {
    /** Waiting for its send time or for the dispatcher. */
    PENDING,
    /** Claimed by one dispatcher; returns to the queue if that node dies before finishing. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Given up after the configured number of attempts; see the last error. */
    FAILED,
    /** No SMTP server is configured: kept for an admin to read at /admin/outbox. */
    KEPT,
    /** No longer wanted (a reminder for an appointment that moved or was cancelled). */
    WITHDRAWN
}
