package org.tpiclinic.notifications;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Turns an outbox entry into a MIME message: text (and HTML) body, and the invitation as an .ics attachment. */
final class MailComposer {

    static final String ICS_FILE_NAME = "appointment.ics";

    private MailComposer() {
    }

    static MimeMessage compose(JavaMailSender sender, OutboxEntry entry, String from) {
        MimeMessage mime = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(mime, MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED,
                    StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(entry.recipient());
            helper.setSubject(entry.subject());
            if (entry.htmlBody() == null) {
                helper.setText(entry.textBody(), false);
            } else {
                helper.setText(entry.textBody(), entry.htmlBody());
            }
            if (entry.hasIcs()) {
                helper.addAttachment(ICS_FILE_NAME, new ByteArrayResource(entry.ics().getBytes(StandardCharsets.UTF_8)),
                        icsContentType(entry.ics()));
            }
            // Lets a receiving system that sees the message twice (after a crash mid-send) recognise it.
            mime.setHeader("X-TPI-Message-Key", entry.dedupeKey());
        } catch (MessagingException e) {
            throw new MailPreparationException(e);
        }
        return mime;
    }

    static String icsContentType(String ics) {
        String method = ics.contains("METHOD:CANCEL") ? "CANCEL" : "REQUEST";
        return "text/calendar; charset=UTF-8; method=" + method;
    }
}
