package org.tpiclinic.notifications;

import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tpiclinic.screening.IntakeLinks.IntakeLink;

/**
 * The emails a patient gets about an appointment, put in the outbox in the caller's transaction (or a new one).
 * Each method is idempotent: calling it again with the same facts (an event delivered twice) adds nothing.
 * <p>
 * Typical use, from a listener that runs in the scheduling change's transaction (decision 21):
 * <pre>{@code
 * @EventListener
 * void on(AppointmentBooked event) {
 *     notices.booked(new AppointmentFacts(event.appointmentId(), event.sequence(), patientName, patientEmail,
 *             clinicianName, typeName, location.name(), location.address(), location.phone(),
 *             event.start(), event.duration(), location.zone()));
 * }
 * }</pre>
 * Call {@link #rescheduled} with the new start and the sequence raised by one, and {@link #cancelled} with the
 * sequence raised by one as well, so calendars replace or remove the event they hold.
 */
@Service
public class AppointmentNotices {

    private final Outbox outbox;
    private final AppointmentMessages messages;

    AppointmentNotices(Outbox outbox, AppointmentMessages messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    /** A confirmation now and the reminders later. */
    @Transactional
    public void booked(AppointmentFacts facts) {
        booked(facts, Optional.empty());
    }

    /** As {@link #booked(AppointmentFacts)}, the confirmation inviting the patient to fill intake by the link. */
    @Transactional
    public void booked(AppointmentFacts facts, Optional<IntakeLink> intake) {
        // One invitation for the confirmation and the reminders: writing an .ics is most of a message's cost.
        String ics = messages.invitation(facts, false);
        var all = new ArrayList<OutboxMessage>();
        all.add(messages.confirmation(facts, intake, ics));
        all.addAll(messages.reminders(facts, ics));
        outbox.enqueueAll(all);
    }

    /** Withdraws the reminders for the old time, sends the new time and schedules new reminders. */
    @Transactional
    public void rescheduled(AppointmentFacts facts) {
        withdrawOlderReminders(facts);
        String ics = messages.invitation(facts, false);
        outbox.enqueue(messages.reschedule(facts, ics));
        messages.reminders(facts, ics).forEach(outbox::enqueue);
    }

    /** Withdraws the reminders and sends the cancellation. */
    @Transactional
    public void cancelled(AppointmentFacts facts) {
        outbox.withdraw(AppointmentMessages.remindersKeyPrefix(facts));
        outbox.enqueue(messages.cancellation(facts));
    }

    /** Withdraws every reminder of the appointment not yet sent (it was completed or marked a no-show). */
    @Transactional
    public int closed(UUID appointmentId) {
        return outbox.withdraw(AppointmentMessages.remindersKeyPrefix(appointmentId));
    }

    private void withdrawOlderReminders(AppointmentFacts facts) {
        for (int older = 0; older < facts.sequence(); older++) {
            outbox.withdraw(AppointmentMessages.remindersKeyPrefix(facts) + older + ":");
        }
    }
}
