package org.tpiclinic.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.booking.OnlineBookingRequested;

/**
 * Sends the verification email of an online booking request. Runs after the request committed, from the event
 * publication registry (so the email is as durable as the request); the dedupe key
 * {@code book:<requestId>:verify} makes a repeated delivery harmless.
 */
@Component
class OnlineBookingMailer {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("h:mm a zzz", Locale.US);

    private final Outbox outbox;
    private final MessageSource texts;

    OnlineBookingMailer(Outbox outbox, MessageSource texts) {
        this.outbox = outbox;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(OnlineBookingRequested e) {
        String expires = EXPIRY.format(e.expiresAt().atZone(ZoneId.of(e.zoneId())));
        Object[] args = { e.name(), e.typeName(), e.locationName(), e.slotLabel(), e.confirmLink(), expires };
        outbox.enqueue(OutboxMessage.text("book:" + e.requestId() + ":verify", e.email(),
                texts.getMessage("notify.online.subject", args, Locale.US),
                texts.getMessage("notify.online.text", args, Locale.US)));
    }
}
