package org.tpiclinic.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.tpiclinic.screening.IntakeProgress;

/**
 * One appointment as a schedule shows it: with names, the patient's intake progress, and times in the location's
 * zone.
 *
 * @param awaitingReview how many of the patient's intake answers wait for staff to review them into the record
 */
public record CalendarEntry(Appointment appointment, String patientName, String clinicianName,
        String locationName, String typeName, ZoneId zone, IntakeProgress intake, int awaitingReview) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("zzz", Locale.US);
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a zzz",
            Locale.US);

    public ZonedDateTime localStart() {
        return appointment.startAt().atZone(zone);
    }

    /** For example "9:00 AM – 9:30 AM EST". */
    public String timeRange() {
        return timeRange(appointment.startAt(), appointment.endAt(), zone);
    }

    public String startLabel() {
        return ZONED.format(localStart());
    }

    /** [start, end) in {@code zone}, named by the zone's abbreviation at the end: "1:00 PM – 5:30 PM MST". */
    static String timeRange(Instant start, Instant end, ZoneId zone) {
        var localEnd = end.atZone(zone);
        return TIME.format(start.atZone(zone)) + " – " + TIME.format(localEnd) + " " + ZONE.format(localEnd);
    }
}
