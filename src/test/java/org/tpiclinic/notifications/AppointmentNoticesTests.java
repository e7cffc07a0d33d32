package org.tpiclinic.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Confirmation, reminders, reschedule and cancellation as they land in the outbox. */
@SpringBootTest
class AppointmentNoticesTests {

    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

    @Autowired
    AppointmentNotices notices;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void bookingQueuesAConfirmationNowAndRemindersBeforeTheStart() {
        var facts = facts(UUID.randomUUID(), 0, "2031-02-10T09:30");
        transactions.executeWithoutResult(s -> notices.booked(facts));

        OutboxEntry confirmation = entry(facts, "confirm:0");
        assertThat(confirmation.subject()).isEqualTo("Your appointment on Monday, February 10, 2031 at 9:30 AM MST is booked");
        assertThat(confirmation.ics()).contains("METHOD:REQUEST", "SEQUENCE:0", "TZID=America/Phoenix");
        assertThat(entry(facts, "reminder:0:48h").sendAfter()).isEqualTo(facts.start().minus(Duration.ofHours(48)));
        assertThat(entry(facts, "reminder:0:2h").sendAfter()).isEqualTo(facts.start().minus(Duration.ofHours(2)));
        assertThat(entry(facts, "reminder:0:2h").subject()).startsWith("Reminder: your appointment on Monday");
    }

    @Test
    void bookingTwiceAddsNothing() {
        var facts = facts(UUID.randomUUID(), 0, "2031-02-10T09:30");
        transactions.executeWithoutResult(s -> notices.booked(facts));
        long before = outbox.count();
        transactions.executeWithoutResult(s -> notices.booked(facts));
        assertThat(outbox.count()).isEqualTo(before);
    }

    @Test
    void remindersWhoseTimeHasPassedAreLeftOut() {
        var facts = facts(UUID.randomUUID(), 0, null);
        transactions.executeWithoutResult(s -> notices.booked(facts));
        assertThat(outbox.findByDedupeKey(key(facts, "reminder:0:48h"))).isEmpty();
        assertThat(outbox.findByDedupeKey(key(facts, "reminder:0:2h"))).isPresent();
    }

    @Test
    void reschedulingWithdrawsTheOldRemindersAndSendsTheNewTime() {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(s -> notices.booked(facts(id, 0, "2031-02-10T09:30")));
        var moved = facts(id, 1, "2031-02-12T14:00");
        transactions.executeWithoutResult(s -> notices.rescheduled(moved));

        assertThat(entry(moved, "reminder:0:48h").status()).isEqualTo(OutboxStatus.WITHDRAWN);
        assertThat(entry(moved, "reminder:1:48h").status()).isEqualTo(OutboxStatus.PENDING);
        OutboxEntry notice = entry(moved, "reschedule:1");
        assertThat(notice.textBody()).contains("New time: Wednesday, February 12, 2031 at 2:00 PM MST");
        assertThat(notice.ics()).contains("SEQUENCE:1", "UID:" + id + "@tpiclinic");
    }

    @Test
    void cancellingWithdrawsRemindersAndSendsACancel() {
        UUID id = UUID.randomUUID();
        transactions.executeWithoutResult(s -> notices.booked(facts(id, 0, "2031-02-10T09:30")));
        var cancelled = facts(id, 1, "2031-02-10T09:30");
        transactions.executeWithoutResult(s -> notices.cancelled(cancelled));

        assertThat(entry(cancelled, "reminder:0:2h").status()).isEqualTo(OutboxStatus.WITHDRAWN);
        OutboxEntry notice = entry(cancelled, "cancel:1");
        assertThat(notice.subject()).endsWith("is cancelled");
        assertThat(notice.ics()).contains("METHOD:CANCEL", "STATUS:CANCELLED", "SEQUENCE:1");
    }

    private OutboxEntry entry(AppointmentFacts facts, String suffix) {
        return outbox.findByDedupeKey(key(facts, suffix)).orElseThrow();
    }

    private static String key(AppointmentFacts facts, String suffix) {
        return "appt:" + facts.appointmentId() + ":" + suffix;
    }

    /** {@code local == null}: three hours from now. */
    static AppointmentFacts facts(UUID id, int sequence, String local) {
        Instant start = local == null ? Instant.now().plus(Duration.ofHours(3))
                : LocalDateTime.parse(local).atZone(PHOENIX).toInstant();
        return new AppointmentFacts(id, sequence, "Ben Ortiz", "ben@example.com", "Dr. Kim", "Trigger point injection",
                "Scottsdale", "9 Desert Way, Scottsdale, AZ", "(480) 555-0100", start, Duration.ofMinutes(30),
                PHOENIX);
    }
}
