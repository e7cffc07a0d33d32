package org.tpiclinic.scheduling;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * A change to one day: {@link Kind#TIME_OFF} removes hours (at {@code locationId}, or everywhere when it is
 * null); {@link Kind#EXTRA_HOURS} adds hours at {@code locationId}. Local date and times of the location.
 */
public record ScheduleException(UUID id, UUID clinicianId, UUID locationId, Kind kind, LocalDate date,
        LocalTime start, LocalTime end, String note) {

    public enum Kind { TIME_OFF, EXTRA_HOURS }

    public ScheduleException {
        Times.requireOrdered(start, end);
        if (date == null || kind == null) {
            throw new IllegalArgumentException("Choose the day and whether it is time off or extra hours");
        }
        if (kind == Kind.EXTRA_HOURS && locationId == null) {
            throw new IllegalArgumentException("Choose the location of the extra hours");
        }
        if (note != null && note.length() > 200) {
            throw new IllegalArgumentException("A note is at most 200 characters");
        }
    }

    boolean appliesAt(UUID location) {
        return locationId == null || locationId.equals(location);
    }
}
