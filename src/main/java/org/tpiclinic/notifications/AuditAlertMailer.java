package org.tpiclinic.notifications;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.audit.AuditChainBroken;

/**
 * Emails the practice's security contacts ({@code tpi.notifications.security-alert-to}, comma-separated; user
 * accounts carry no email address) when a check of the audit log fails. Runs after the alert committed, from the
 * event publication registry; the dedupe key makes a repeated delivery harmless.
 */
@Component
class AuditAlertMailer {

    private static final Logger log = LoggerFactory.getLogger(AuditAlertMailer.class);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private final Outbox outbox;
    private final MessageSource texts;
    private final List<String> recipients;
    private final String practice;

    AuditAlertMailer(Outbox outbox, MessageSource texts,
            @Value("${tpi.notifications.security-alert-to:}") List<String> recipients,
            @Value("${tpi.practice.name:TPI Clinic}") String practice) {
        this.outbox = outbox;
        this.texts = texts;
        this.recipients = recipients.stream().map(String::trim).filter(r -> !r.isEmpty()).toList();
        this.practice = practice;
    }

    @ApplicationModuleListener
    void on(AuditChainBroken e) {
        if (recipients.isEmpty()) {
            log.warn("The audit log check failed and tpi.notifications.security-alert-to is empty: no email queued");
            return;
        }
        String at = UTC.format(e.detectedAt());
        Object[] args = { practice, at, e.position(), e.reason() };
        String subject = texts.getMessage("notify.auditAlert.subject", new Object[] { at }, Locale.US);
        String text = texts.getMessage("notify.auditAlert.text", args, Locale.US);
        outbox.enqueueAll(recipients.stream().map(to -> OutboxMessage.text(
                "audit-alert:" + e.detectedAt().toEpochMilli() + ":" + e.position() + ":" + to, to, subject, text))
                .toList());
    }
}
