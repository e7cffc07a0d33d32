package org.tpiclinic.scheduling;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.UUID;

/** A recurring break (lunch) of a clinician on one day of the week, local time, at every location. */
public record BreakTime(UUID id, UUID clinicianId, DayOfWeek day, LocalTime start, LocalTime end) {

    public BreakTime {
        Times.requireOrdered(start, end);
    }
}
