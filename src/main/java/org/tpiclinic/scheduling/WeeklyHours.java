package org.tpiclinic.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** Recurring hours of a clinician at a location on one day of the week, in the location's local time. */
public record WeeklyHours(UUID id, UUID clinicianId, UUID locationId, DayOfWeek day, LocalTime start,
        LocalTime end) {

    public WeeklyHours {
        Times.requireOrdered(start, end);
    }
}
