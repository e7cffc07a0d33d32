package org.tpiclinic.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tpiclinic.screening.IntakeLinks.IntakeLink;

/**
 * Builds the emails about an appointment from {@link AppointmentFacts}: confirmation, reschedule notice,
 * cancellation notice and reminders, each with its .ics invitation and its dedupe key. Texts live in
 * {@code messages.properties} ({@code notify.*}); times are shown in the location's zone with its abbreviation
 * ("Tuesday, November 3, 2026 at 10:00 AM EST").
 * <p>
 * Keys: {@code appt:<id>:confirm:<seq>}, {@code appt:<id>:reschedule:<seq>}, {@code appt:<id>:cancel:<seq>}
 * and {@code appt:<id>:reminder:<seq>:<offset>} (offset like {@code 48h}). The sequence is in the reminder key
 * so that a rescheduled appointment gets new reminders while the old ones are withdrawn.
 * <p>
 * Most callers want {@link AppointmentNotices}, which also enqueues them and withdraws stale reminders.
 */
@Component
public class AppointmentMessages {

    private static final Locale LOCALE = Locale.US;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE, MMMM d, yyyy 'at' h:mm a zzz",
            LOCALE);

    private final MessageSource texts;
    private final NotificationSettings settings;
    private final Clock clock;

    AppointmentMessages(MessageSource texts, NotificationSettings settings, Clock clock) {
        this.texts = texts;
        this.settings = settings;
        this.clock = clock;
    }

    public OutboxMessage confirmation(AppointmentFacts facts) {
        return confirmation(facts, Optional.empty());
    }

    /** The confirmation, with a paragraph inviting the patient to fill their intake when a link is given. */
    public OutboxMessage confirmation(AppointmentFacts facts, Optional<IntakeLink> intake) {
        return confirmation(facts, intake, invitation(facts, false));
    }

    OutboxMessage confirmation(AppointmentFacts facts, Optional<IntakeLink> intake, String ics) {
        String intakeParagraph = intake.map(link -> texts.getMessage("notify.confirm.intake",
                new Object[] { link.url(), WHEN.format(link.expiresAt().atZone(facts.zone())) }, LOCALE)).orElse("");
        return new OutboxMessage(key(facts, "confirm"), facts.patientEmail(), text("notify.confirm.subject", facts),
                text("notify.confirm.text", facts, intakeParagraph), null, ics, null);
    }

    public OutboxMessage reschedule(AppointmentFacts facts) {
        return reschedule(facts, invitation(facts, false));
    }

    OutboxMessage reschedule(AppointmentFacts facts, String ics) {
        return message(facts, "reschedule", key(facts, "reschedule"), ics);
    }

    /** The cancellation; its .ics removes the event from the patient's calendar. */
    public OutboxMessage cancellation(AppointmentFacts facts) {
        return message(facts, "cancel", key(facts, "cancel"), invitation(facts, true));
    }

    /**
     * One reminder per configured offset ({@code tpi.notifications.reminder-offsets}), each to be sent that long
     * before the start. Reminders whose time has already passed are left out.
     */
    public List<OutboxMessage> reminders(AppointmentFacts facts) {
        return reminders(facts, invitation(facts, false));
    }

    /** As {@link #reminders(AppointmentFacts)}, with the invitation already written (it is the same for all). */
    List<OutboxMessage> reminders(AppointmentFacts facts, String ics) {
        Instant now = clock.instant();
        List<OutboxMessage> reminders = new ArrayList<>();
        for (Duration offset : settings.reminderOffsets()) {
            Instant sendAt = facts.start().minus(offset);
            if (sendAt.isAfter(now)) {
                reminders.add(message(facts, "reminder", remindersKeyPrefix(facts) + facts.sequence() + ":"
                        + label(offset), ics).sendingAfter(sendAt));
            }
        }
        return reminders;
    }

    /** The prefix of every reminder key of the appointment, whatever its sequence (for withdrawing them). */
    public static String remindersKeyPrefix(AppointmentFacts facts) {
        return remindersKeyPrefix(facts.appointmentId());
    }

    /** The dedupe-key prefix shared by every reminder of the appointment, whatever its sequence. */
    public static String remindersKeyPrefix(UUID appointmentId) {
        return "appt:" + appointmentId + ":reminder:";
    }

    /** The .ics invitation for the appointment as it now stands. */
    public String invitation(AppointmentFacts facts, boolean cancelled) {
        return Invitations.write(new Invitation(facts.appointmentId() + "@tpiclinic",
                facts.sequence(), cancelled, facts.start(), facts.duration(), facts.zone(),
                text("notify.ics.summary", facts), text("notify.ics.description", facts),
                facts.locationName() + ", " + facts.locationAddress(), facts.locationName(), settings.from(),
                facts.patientName(), facts.patientEmail()));
    }

    private OutboxMessage message(AppointmentFacts facts, String kind, String key, String ics) {
        return new OutboxMessage(key, facts.patientEmail(), text("notify." + kind + ".subject", facts),
                text("notify." + kind + ".text", facts), null, ics, null);
    }

    private static String key(AppointmentFacts facts, String kind) {
        return "appt:" + facts.appointmentId() + ":" + kind + ":" + facts.sequence();
    }

    private String text(String code, AppointmentFacts facts) {
        return text(code, facts, "");
    }

    /** {@code extra} is argument {7}: a paragraph some texts carry (empty when there is none). */
    private String text(String code, AppointmentFacts facts, String extra) {
        Object[] args = { facts.patientName(), facts.appointmentType(), facts.clinicianName(),
                WHEN.format(facts.start().atZone(facts.zone())), facts.locationName(), facts.locationAddress(),
                facts.locationPhone(), extra };
        return texts.getMessage(code, args, LOCALE);
    }

    /** 48h, 2h, 90m, 1d12h: the offset as people write it, for the key. */
    static String label(Duration offset) {
        if (offset.toMinutesPart() == 0 && offset.toSecondsPart() == 0) {
            return offset.toHours() + "h";
        }
        return offset.toMinutes() + "m";
    }
}
