package org.tpiclinic.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import biweekly.Biweekly;
import biweekly.ICalendar;
import org.tpiclinic.TestSmtp;

/** Real SMTP delivery through the dispatcher, to a GreenMail server on a free local port. */
@SpringBootTest(properties = "tpi.notifications.from=appointments@bluepoint.test")
class OutboxMailTests {

    static final int SMTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.pointMailAt(registry, SMTP_PORT);
    }

    @Autowired
    AppointmentNotices notices;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    TransactionTemplate transactions;

    @BeforeEach
    void emptyMailboxes() throws Exception {
        dispatcher.dispatchDue(); // anything another test left due
        greenMail.purgeEmailFromAllMailboxes();
    }

    @Test
    void sendsTheConfirmationWithAnInvitationInTheLocationsZone() throws Exception {
        ZoneId newYork = ZoneId.of("America/New_York");
        Instant start = LocalDateTime.parse("2030-11-05T10:00").atZone(newYork).toInstant();
        UUID appointment = UUID.randomUUID();
        transactions.executeWithoutResult(s -> notices.booked(new AppointmentFacts(appointment, 0, "Ana Lopez",
                "ana@example.com", "Dr. Sam Reyes", "Consultation", "Bay Shore", "120 Harbor Road, Bay Shore, NY",
                "(631) 555-0142", start, Duration.ofMinutes(45), newYork)));

        assertThat(dispatcher.dispatchDue()).isEqualTo(1); // the reminders wait for their time
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = greenMail.getReceivedMessages()[0];

        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("ana@example.com");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("appointments@bluepoint.test");
        assertThat(mail.getSubject()).isEqualTo("Your appointment on Tuesday, November 5, 2030 at 10:00 AM EST is booked");
        List<Part> parts = leaves(mail);
        String text = (String) parts.stream().filter(p -> is(p, "text/plain")).findFirst().orElseThrow().getContent();
        assertThat(text).contains("Hello Ana Lopez", "Consultation with Dr. Sam Reyes",
                "Tuesday, November 5, 2030 at 10:00 AM EST", "120 Harbor Road", "(631) 555-0142");

        Part attachment = parts.stream().filter(p -> is(p, "text/calendar")).findFirst().orElseThrow();
        assertThat(attachment.getFileName()).isEqualTo("appointment.ics");
        assertThat(attachment.getContentType()).containsIgnoringCase("method=REQUEST");
        String ics = read(attachment);
        assertThat(ics).contains("BEGIN:VTIMEZONE", "TZID:America/New_York",
                "DTSTART;TZID=America/New_York:20301105T100000");
        ICalendar calendar = Biweekly.parse(ics).first();
        assertThat(calendar.getTimezoneInfo().getComponents()).hasSize(1);
        assertThat(calendar.getEvents().get(0).getDateStart().getValue().toInstant())
                .isEqualTo(Instant.parse("2030-11-05T15:00:00Z"));
        assertThat(calendar.getEvents().get(0).getUid().getValue()).isEqualTo(appointment + "@tpiclinic");

        OutboxEntry stored = outbox.findByDedupeKey("appt:" + appointment + ":confirm:0").orElseThrow();
        assertThat(stored.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(stored.sentAt()).isNotNull();
        assertThat(stored.attempts()).isEqualTo(1);
    }

    @Test
    void aMessageEnqueuedTwiceAndDispatchedTwiceArrivesOnce() throws Exception {
        String key = OutboxTests.key("once");
        transactions.executeWithoutResult(s -> outbox.enqueue(OutboxTests.message(key)));
        transactions.executeWithoutResult(s -> outbox.enqueue(OutboxTests.message(key)));

        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        Thread.sleep(200);
        assertThat(greenMail.getReceivedMessages()).hasSize(1);
    }

    @Test
    void twoDispatchersRunningAtOnceSendEachMessageOnce() throws Exception {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            keys.add(OutboxTests.key("claim-" + i));
        }
        transactions.executeWithoutResult(s -> keys.forEach(k -> outbox.enqueue(OutboxTests.message(k))));

        var first = CompletableFuture.supplyAsync(dispatcher::dispatchDue);
        var second = CompletableFuture.supplyAsync(dispatcher::dispatchDue);
        assertThat(first.get() + second.get()).isEqualTo(keys.size());

        assertThat(greenMail.waitForIncomingEmail(10000, keys.size())).isTrue();
        Thread.sleep(200);
        MimeMessage[] received = greenMail.getReceivedMessages();
        assertThat(received).hasSize(keys.size());
        var subjects = new HashSet<String>();
        for (MimeMessage m : received) {
            subjects.add(m.getSubject());
        }
        assertThat(subjects).hasSize(keys.size());
        keys.forEach(k -> assertThat(outbox.findByDedupeKey(k).orElseThrow().status()).isEqualTo(OutboxStatus.SENT));
    }

    private static boolean is(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            return false;
        }
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private static String read(Part part) throws Exception {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
