package org.tpiclinic.scheduling;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import org.tpiclinic.shared.LocationId;

/**
 * A clinician who sees patients: linked to the staff account they sign in with, offering some appointment types,
 * with their weekly hours per location, weekly breaks and one-day exceptions (all in the location's local time).
 * The clinician guards their hours: each has a start before its end, weekly hours at one location do not overlap
 * on the same day, nor do two breaks, and extra hours name a location. {@link Availability} is the use case that
 * loads, changes and saves the clinician; saving records a change of the set-up (decision 21).
 */
@Table("clinicians")
public class Clinician {

    @Id
    private final UUID id;
    @Version
    private Long version;
    private final UUID userId;
    private String name;
    private boolean active;
    @MappedCollection(idColumn = "clinician_id")
    private Set<OfferedType> offers = new HashSet<>();
    @MappedCollection(idColumn = "clinician_id")
    private Set<Hours> hours = new HashSet<>();
    @MappedCollection(idColumn = "clinician_id")
    private Set<Pause> breaks = new HashSet<>();
    @MappedCollection(idColumn = "clinician_id")
    private Set<DayChange> exceptions = new HashSet<>();

    @PersistenceCreator
    Clinician(UUID id, Long version, UUID userId, String name, boolean active) {
        this.id = id;
        this.version = version;
        this.userId = userId;
        this.name = name;
        this.active = active;
    }

    /** A new clinician for the staff account {@code userId}, offering the given appointment types. */
    public static Clinician of(UUID userId, String name, Set<UUID> typeIds) {
        if (userId == null || name == null || name.isBlank() || name.length() > 120) {
            throw new IllegalArgumentException("A clinician needs a staff account and a name of at most 120 characters");
        }
        var clinician = new Clinician(UUID.randomUUID(), null, userId, name.trim(), true);
        clinician.offer(typeIds);
        return clinician;
    }

    /** Replaces the appointment types this clinician offers. */
    public void offer(Set<UUID> typeIds) {
        offers = typeIds.stream().map(OfferedType::new).collect(Collectors.toCollection(HashSet::new));
    }

    public boolean offers(UUID typeId) {
        return active && offers.stream().anyMatch(o -> o.typeId().equals(typeId));
    }

    /**
     * Adds weekly hours at a location.
     *
     * @throws IllegalArgumentException when the end is not after the start, or the hours overlap hours already
     *                                  set for that day at that location
     */
    public WeeklyHours addHours(LocationId location, DayOfWeek day, LocalTime start, LocalTime end) {
        UUID locationId = location.value();
        var added = new WeeklyHours(UUID.randomUUID(), id, locationId, day, start, end);
        if (hours().stream().anyMatch(h -> h.locationId().equals(locationId) && h.day() == day
                && overlap(h.start(), h.end(), start, end))) {
            throw new IllegalArgumentException("These hours overlap hours already set for that day at that location");
        }
        hours.add(new Hours(added.id(), locationId, day.getValue(), start, end));
        return added;
    }

    /** Adds a weekly break (at every location); refused when it overlaps another break on that day. */
    public BreakTime addBreak(DayOfWeek day, LocalTime start, LocalTime end) {
        var added = new BreakTime(UUID.randomUUID(), id, day, start, end);
        if (breaks().stream().anyMatch(b -> b.day() == day && overlap(b.start(), b.end(), start, end))) {
            throw new IllegalArgumentException("This break overlaps another break on that day");
        }
        breaks.add(new Pause(added.id(), day.getValue(), start, end));
        return added;
    }

    /** Adds a change to one day: time off (at a location, or everywhere) or extra hours at a location. */
    public ScheduleException addException(UUID locationId, ScheduleException.Kind kind, LocalDate date,
            LocalTime start, LocalTime end, String note) {
        var added = new ScheduleException(UUID.randomUUID(), id, locationId, kind, date, start, end, note);
        exceptions.add(new DayChange(added.id(), locationId, kind.name(), date, start, end, note));
        return added;
    }

    /** Removes one weekly hours, break or exception; false when the clinician has none with that id. */
    public boolean removeAvailability(UUID entryId) {
        return hours.removeIf(h -> h.id().equals(entryId)) | breaks.removeIf(b -> b.id().equals(entryId))
                | exceptions.removeIf(e -> e.id().equals(entryId));
    }

    /** Weekly hours, by day and start. */
    public List<WeeklyHours> hours() {
        return hours.stream().map(h -> new WeeklyHours(h.id(), id, h.locationId(), DayOfWeek.of(h.dayOfWeek()),
                h.startTime(), h.endTime())).sorted(Comparator.comparing(WeeklyHours::day)
                .thenComparing(WeeklyHours::start)).toList();
    }

    /** Weekly breaks, by day and start. */
    public List<BreakTime> breaks() {
        return breaks.stream().map(b -> new BreakTime(b.id(), id, DayOfWeek.of(b.dayOfWeek()), b.startTime(),
                b.endTime())).sorted(Comparator.comparing(BreakTime::day).thenComparing(BreakTime::start)).toList();
    }

    /** Exceptions on local dates {@code from} to {@code to}, inclusive, by date and start. */
    public List<ScheduleException> exceptions(LocalDate from, LocalDate to) {
        return exceptions.stream().filter(e -> !e.onDate().isBefore(from) && !e.onDate().isAfter(to))
                .map(e -> new ScheduleException(e.id(), id, e.locationId(), ScheduleException.Kind.valueOf(e.kind()),
                        e.onDate(), e.startTime(), e.endTime(), e.note()))
                .sorted(Comparator.comparing(ScheduleException::date).thenComparing(ScheduleException::start))
                .toList();
    }

    /** Every exception, by date and start. */
    public List<ScheduleException> exceptions() {
        return exceptions(LocalDate.MIN, LocalDate.MAX);
    }

    private static boolean overlap(LocalTime aStart, LocalTime aEnd, LocalTime bStart, LocalTime bEnd) {
        return aStart.isBefore(bEnd) && bStart.isBefore(aEnd);
    }

    public UUID id() { return id; }
    public Long version() { return version; }
    public UUID userId() { return userId; }
    public String name() { return name; }
    public boolean active() { return active; }
    public Set<UUID> typeIds() { return offers.stream().map(OfferedType::typeId).collect(Collectors.toSet()); }

    @Table("clinician_appointment_types")
    record OfferedType(UUID typeId) {
    }

    @Table("weekly_hours")
    record Hours(@Id UUID id, UUID locationId, int dayOfWeek, LocalTime startTime, LocalTime endTime) {
    }

    @Table("weekly_breaks")
    record Pause(@Id UUID id, int dayOfWeek, LocalTime startTime, LocalTime endTime) {
    }

    @Table("schedule_exceptions")
    record DayChange(@Id UUID id, UUID locationId, String kind, LocalDate onDate, LocalTime startTime,
            LocalTime endTime, String note) {
    }
}
