package org.tpiclinic.scheduling;

import java.util.Optional;
import java.util.UUID;

/**
 * The .ics calendar file of one appointment as it stands now (same UID as the emailed invitation, so a calendar
 * that already holds it updates the event rather than adding another). Implemented by the notifications module,
 * which writes the invitations; scheduling's pages offer it for download.
 */
public interface CalendarFiles {

    /** The iCalendar text, or empty when there is no address to invite (the patient has no email). */
    Optional<String> invitation(UUID appointmentId);
}
