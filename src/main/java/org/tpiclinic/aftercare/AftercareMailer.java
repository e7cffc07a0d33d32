package org.tpiclinic.aftercare;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tpiclinic.notifications.Outbox;
import org.tpiclinic.notifications.OutboxMessage;

/**
 * Aftercare emails through the notifications outbox, in the caller's transaction, each under a dedupe key that
 * names it ({@code aftercare:<session>:plan}, {@code aftercare:check-in:<id>}), so a repeated call sends one.
 */
@Component
class AftercareMailer {

    private static final Logger log = LoggerFactory.getLogger(AftercareMailer.class);

    private final Outbox outbox;
    private final AftercareTexts texts;
    private final AftercareSettings settings;

    AftercareMailer(Outbox outbox, AftercareTexts texts, AftercareSettings settings) {
        this.outbox = outbox;
        this.texts = texts;
        this.settings = settings;
    }

    void planReady(UUID sessionId, String email, List<AftercarePlan.Part> parts) {
        if (email == null || email.isBlank()) {
            log.info("Aftercare plan of session {}: the patient has no email address; it is in the portal", sessionId);
            return;
        }
        var body = new StringBuilder();
        for (var part : parts) {
            body.append(part.title()).append("\n").append(part.body()).append("\n\n");
        }
        body.append(url("/my/aftercare"));
        outbox.enqueue(OutboxMessage.text("aftercare:" + sessionId + ":plan", email, parts.get(0).title(),
                body.toString()));
    }

    void checkInDue(UUID checkInId, String email, String language, String token, Instant expiresAt, ZoneId zone) {
        var text = texts.in(language).get(Section.CHECK_IN);
        var until = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT).withZone(zone).format(expiresAt);
        outbox.enqueue(OutboxMessage.text("aftercare:check-in:" + checkInId, email, text.title(),
                text.body() + "\n\n" + url("/check-in/" + token) + "\n\n(" + until + ")"));
    }

    private String url(String path) {
        return settings.baseUrl().replaceAll("/+$", "") + path;
    }
}
