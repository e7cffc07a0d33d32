package org.tpiclinic.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.waitlist.WaitlistOfferMade;

/**
 * Emails a waitlist offer with its confirmation link. Runs after the offer committed, from the event publication
 * registry; the dedupe key {@code waitlist:<offerId>:offer} makes a repeated delivery harmless. A patient
 * without an email address gets no message (the front desk sees the offer on the waitlist).
 */
@Component
class WaitlistOfferMailer {

    private static final Logger log = LoggerFactory.getLogger(WaitlistOfferMailer.class);
    private static final CurrentUser MAILER = CurrentUser.system("notifications");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("EEE d MMM, h:mm a zzz", Locale.US);

    private final Outbox outbox;
    private final PatientRegistry patients;
    private final MessageSource texts;

    WaitlistOfferMailer(Outbox outbox, PatientRegistry patients, MessageSource texts) {
        this.outbox = outbox;
        this.patients = patients;
        this.texts = texts;
    }

    @ApplicationModuleListener
    void on(WaitlistOfferMade e) {
        var patient = patients.chart(MAILER, e.patientId()).patient();
        if (patient.email() == null) {
            log.info("Waitlist offer {}: the patient has no email address, so no email was queued", e.offerId());
            return;
        }
        String expires = EXPIRY.format(e.expiresAt().atZone(ZoneId.of(e.zoneId())));
        Object[] args = { patient.givenName() + " " + patient.familyName(), e.typeName(), e.clinicianName(),
                e.locationName(), e.slotLabel(), e.link(), expires };
        outbox.enqueue(OutboxMessage.text("waitlist:" + e.offerId() + ":offer", patient.email(),
                texts.getMessage("notify.waitlist.subject", args, Locale.US),
                texts.getMessage("notify.waitlist.text", args, Locale.US)));
    }
}
