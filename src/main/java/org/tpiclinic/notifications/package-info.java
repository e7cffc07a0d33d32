/**
 * Notifications: email to patients through a transactional outbox, with iCalendar (.ics) invitations.
 * <p>
 * API: {@link org.tpiclinic.notifications.Outbox#enqueue(OutboxMessage)} writes a message in the caller's
 * transaction, so a change and its message commit or roll back together; the dedupe key makes a second enqueue
 * of the same message a no-op. {@link org.tpiclinic.notifications.AppointmentNotices} turns appointment facts
 * into confirmation, reschedule, cancellation and reminder messages; {@link org.tpiclinic.notifications.Invitations}
 * writes the .ics with a VTIMEZONE for the location's zone. A booking confirmation carries a link to the patient's
 * intake questionnaire (from screening's {@link org.tpiclinic.screening.IntakeLinks}) while intake is incomplete.
 * <p>
 * A dispatcher sends due messages over SMTP ({@code SMTP_*} settings). Each message is claimed by one node only;
 * delivery is at least once towards the SMTP server (a crash after the server accepted a message and before it
 * was marked sent repeats it). Without SMTP, messages are kept and shown to admins at {@code /admin/outbox}.
 */
@ApplicationModule(
        allowedDependencies = { "shared", "identity", "audit", "patients", "scheduling", "screening",
                "booking", "waitlist" })
@NullMarked
package org.tpiclinic.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
