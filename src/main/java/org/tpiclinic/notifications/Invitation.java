package org.tpiclinic.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One appointment as a calendar event. The uid stays the same for the life of the appointment, and
 * {@code sequence} goes up with every change, so calendars update (or remove, for a cancellation) the event
 * they already have instead of adding another.
 *
 * @param uid            stable per appointment, e.g. {@code <appointment id>@tpiclinic}
 * @param sequence       0 when booked, +1 for each reschedule or the cancellation
 * @param cancelled      {@code METHOD:CANCEL} and {@code STATUS:CANCELLED} instead of a request
 * @param start          the start, an instant
 * @param duration       how long it lasts
 * @param zone           the location's IANA zone: DTSTART/DTEND are written in it, with its VTIMEZONE
 * @param organizerEmail the practice's sending address
 */
public record Invitation(String uid, int sequence, boolean cancelled, Instant start, Duration duration, ZoneId zone,
        String summary, String description, String location, String organizerName, String organizerEmail,
        String attendeeName, String attendeeEmail) {

    public Invitation {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(organizerEmail, "organizerEmail");
        Objects.requireNonNull(attendeeEmail, "attendeeEmail");
        if (sequence < 0 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("sequence must be >= 0 and the duration positive");
        }
    }
}
