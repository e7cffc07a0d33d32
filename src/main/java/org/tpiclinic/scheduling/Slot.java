package org.tpiclinic.scheduling;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** A free time for an appointment type with a clinician at a location, shown in the location's zone. */
public record Slot(UUID clinicianId, UUID locationId, UUID typeId, Instant start, Instant end, ZoneId zone) {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("EEE d MMM yyyy, h:mm a zzz",
            Locale.US);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a zzz", Locale.US);

    public ZonedDateTime localStart() {
        return start.atZone(zone);
    }

    /** For example "Sun 8 Mar 2026, 3:00 AM EDT". */
    public String label() {
        return LABEL.format(localStart());
    }

    /** For example "3:00 AM EDT". */
    public String timeLabel() {
        return TIME.format(localStart());
    }
}
