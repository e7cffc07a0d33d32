package org.tpiclinic.scheduling;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** One appointment as a schedule shows it: with names, and times in the location's zone. */
public record CalendarEntry(Appointment appointment, String patientName, String clinicianName,
        String locationName, String typeName, ZoneId zone) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);
    private static final DateTimeFormatter ZONED = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a zzz",
            Locale.US);

    public ZonedDateTime localStart() {
        return appointment.startAt().atZone(zone);
    }

    /** For example "9:00 AM – 9:30 AM EST". */
    public String timeRange() {
        var end = appointment.endAt().atZone(zone);
        return TIME.format(localStart()) + " – " + TIME.format(end) + " " + end.format(DateTimeFormatter.ofPattern("zzz", Locale.US));
    }

    public String startLabel() {
        return ZONED.format(localStart());
    }
}
