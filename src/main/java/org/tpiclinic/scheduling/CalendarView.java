package org.tpiclinic.scheduling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A schedule to show: one clinician's or one location's appointments and free time on consecutive local dates
 * (a day or a week). Dates and times are each location's local ones; {@code zone} is the location's zone, or
 * null for a clinician, who may work at locations in different zones.
 */
public record CalendarView(Of of, UUID subjectId, String subjectName, ZoneId zone, List<Day> days) {

    /** Whose schedule it is. */
    public enum Of {
        CLINICIAN, LOCATION
    }

    /** One local date: appointments (cancelled ones included, struck through) and free time, by start. */
    public record Day(LocalDate date, List<CalendarEntry> entries, List<FreeTime> free) {

        /** Appointments and free time interleaved by start, as a day column shows them. */
        public List<Item> items() {
            return Stream.concat(entries.stream().map(e -> new Item(e.appointment().startAt(), e, null)),
                    free.stream().map(f -> new Item(f.start(), null, f)))
                    .sorted(Comparator.comparing(Item::start)).toList();
        }

        public boolean isEmpty() {
            return entries.isEmpty() && free.isEmpty();
        }
    }

    /** An appointment or a free time (exactly one of the two is set). */
    public record Item(Instant start, CalendarEntry entry, FreeTime free) {
    }

    /** Time a clinician is open at a location and not booked, from now on: where the front desk can book. */
    public record FreeTime(UUID clinicianId, String clinicianName, UUID locationId, String locationName,
            LocalDate date, Instant start, Instant end, ZoneId zone) {

        public String timeRange() {
            return CalendarEntry.timeRange(start, end, zone);
        }
    }

    public LocalDate from() {
        return days.get(0).date();
    }

    public LocalDate to() {
        return days.get(days.size() - 1).date();
    }

    public boolean isEmpty() {
        return days.stream().allMatch(Day::isEmpty);
    }
}
