package org.tpiclinic.notifications;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;

/**
 * What a patient needs to know about one appointment, as plain facts (no entities), so any module can send
 * them. Times are instants; {@code zone} is the location's IANA zone in which they are shown.
 *
 * @param appointmentId the appointment; its .ics UID and every dedupe key derive from it
 * @param sequence      0 when booked, +1 with every reschedule (the .ics SEQUENCE; also part of the keys)
 * @param duration      how long the appointment lasts
 */
public record AppointmentFacts(UUID appointmentId, int sequence, String patientName, String patientEmail,
        String clinicianName, String appointmentType, String locationName, String locationAddress,
        String locationPhone, Instant start, Duration duration, ZoneId zone) {

    public AppointmentFacts {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(patientEmail, "patientEmail");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(zone, "zone");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must be 0 or more");
        }
    }
}
