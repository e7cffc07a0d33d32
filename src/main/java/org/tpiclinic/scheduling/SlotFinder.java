package org.tpiclinic.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.tpiclinic.scheduling.Times.Span;

/**
 * Finds free slots: pure code, no database, no clock of its own. A slot starts on a {@link #STEP} grid from the
 * start of each open period, lies inside the clinician's hours at the location (weekly hours plus extra hours,
 * minus time off and breaks), and its appointment plus buffer overlaps nothing the clinician is busy with.
 * <p>
 * Daylight saving: open periods are turned into instants before stepping, so a local time that does not exist
 * (spring forward) never becomes a slot, and a repeated hour (fall back) gives each instant once, labelled with
 * its own zone abbreviation.
 */
public final class SlotFinder {

    /** Slots start every quarter hour. */
    public static final Duration STEP = Duration.ofMinutes(15);

    /** A time the clinician (with buffer) or the patient is already taken: [start, until). */
    public record Busy(Instant start, Instant until) {
        boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && from.isBefore(until);
        }
    }

    /** Everything the finder needs to know about one clinician. */
    public record ClinicianSchedule(UUID clinicianId, List<WeeklyHours> hours, List<BreakTime> breaks,
            List<ScheduleException> exceptions, List<Busy> busy) {
    }

    /**
     * Who may book how soon and how far ahead: not before {@code now + minNotice}, not after the local date
     * {@code horizonDays} after today.
     */
    public record BookingWindow(Instant now, Duration minNotice, int horizonDays) {
    }

    /** What to look for, on local dates {@code from} to {@code to} (inclusive) of each location. */
    public record Query(UUID typeId, Duration duration, Duration bufferAfter, LocalDate from, LocalDate to,
            BookingWindow window, List<Busy> patientBusy) {
    }

    private SlotFinder() {
    }

    public static List<Slot> find(Query q, Map<UUID, ZoneId> locations, List<ClinicianSchedule> schedules) {
        var slots = new ArrayList<Slot>();
        var patientBusy = BusyIndex.of(q.patientBusy());
        var w = q.window();
        Instant earliest = w.now().plus(w.minNotice());
        // Clinicians in id order and a stable sort by start: slots at the same instant stay in clinician order
        // without comparing (and formatting) ids for every pair.
        var ordered = new ArrayList<>(schedules);
        ordered.sort(Comparator.comparing(s -> s.clinicianId().toString()));
        for (var schedule : ordered) {
            var busy = BusyIndex.of(schedule.busy());
            for (var location : locations.entrySet()) {
                ZoneId zone = location.getValue();
                LocalDate lastDay = LocalDate.ofInstant(w.now(), zone).plusDays(w.horizonDays());
                var hours = new LocalHours(schedule, location.getKey());
                for (var day = q.from(); !day.isAfter(q.to()) && !day.isAfter(lastDay); day = day.plusDays(1)) {
                    for (var p : periods(hours.on(day), zone, day)) {
                        collect(q, schedule.clinicianId(), location.getKey(), zone, p, earliest, busy, patientBusy,
                                slots);
                    }
                }
            }
        }
        slots.sort(Comparator.comparing(Slot::start));
        return slots;
    }

    /** True when [start, end) lies inside one of the clinician's open periods at the location. */
    public static boolean withinHours(ClinicianSchedule s, UUID locationId, ZoneId zone, Instant start,
            Instant end) {
        LocalDate day = LocalDate.ofInstant(start, zone);
        return periods(openSpans(s, locationId, day), zone, day).stream()
                .anyMatch(p -> !start.isBefore(p.from()) && !end.isAfter(p.to()));
    }

    /** An interval of time [from, to). */
    public record Period(Instant from, Instant to) {
    }

    /**
     * The clinician's free time at the location on its local date {@code day}: open periods minus busy times, from
     * {@code notBefore} on, each at least {@link #STEP} long (what the front desk can still book into).
     */
    public static List<Period> freeTimes(ClinicianSchedule s, UUID locationId, ZoneId zone, LocalDate day,
            Instant notBefore) {
        var busy = s.busy().stream().sorted(Comparator.comparing(Busy::start)).toList();
        var free = new ArrayList<Period>();
        for (var p : periods(openSpans(s, locationId, day), zone, day)) {
            Instant from = p.from().isBefore(notBefore) ? notBefore : p.from();
            for (var b : busy) {
                if (!b.start().isBefore(p.to())) {
                    break;
                }
                if (b.until().isAfter(from)) {
                    if (b.start().isAfter(from)) {
                        free.add(new Period(from, b.start()));
                    }
                    from = b.until();
                }
            }
            if (from.isBefore(p.to())) {
                free.add(new Period(from, p.to()));
            }
        }
        return free.stream().filter(f -> Duration.between(f.from(), f.to()).compareTo(STEP) >= 0).toList();
    }

    private static void collect(Query q, UUID clinicianId, UUID locationId, ZoneId zone, Period p, Instant earliest,
            BusyIndex busy, BusyIndex patientBusy, List<Slot> out) {
        for (Instant c = p.from(), end = c.plus(q.duration()); !end.isAfter(p.to());
                c = c.plus(STEP), end = c.plus(q.duration())) {
            if (c.isBefore(earliest) || busy.overlaps(c, end.plus(q.bufferAfter()))
                    || patientBusy.overlaps(c, end)) {
                continue;
            }
            out.add(new Slot(clinicianId, locationId, q.typeId(), c, end, zone));
        }
    }

    /**
     * Busy times sorted by start, with the latest end among each prefix: the busy times that start before a
     * candidate ends are a prefix (found by binary search), and one of them overlaps the candidate exactly when
     * the latest end in that prefix is after the candidate's start.
     */
    private record BusyIndex(Instant[] starts, Instant[] latestUntil) {

        static BusyIndex of(List<Busy> busy) {
            var sorted = busy == null ? new Busy[0] : busy.toArray(Busy[]::new);
            Arrays.sort(sorted, Comparator.comparing(Busy::start));
            var starts = new Instant[sorted.length];
            var latestUntil = new Instant[sorted.length];
            for (int i = 0; i < sorted.length; i++) {
                starts[i] = sorted[i].start();
                Instant until = sorted[i].until();
                latestUntil[i] = i > 0 && latestUntil[i - 1].isAfter(until) ? latestUntil[i - 1] : until;
            }
            return new BusyIndex(starts, latestUntil);
        }

        boolean overlaps(Instant from, Instant to) {
            // Number of busy times starting before `to`: only those can overlap [from, to).
            int lo = 0;
            int hi = starts.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (starts[mid].isBefore(to)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo > 0 && latestUntil[lo - 1].isAfter(from);
        }
    }

    /**
     * A clinician's open hours at one location as local times per day. A day without an exception at the
     * location has the hours of its weekday, worked out once per search instead of once per date.
     */
    private static final class LocalHours {

        private final ClinicianSchedule schedule;
        private final UUID locationId;
        private final Set<LocalDate> exceptionDays = new HashSet<>();
        private final Map<DayOfWeek, List<Span>> byWeekday = new EnumMap<>(DayOfWeek.class);

        LocalHours(ClinicianSchedule schedule, UUID locationId) {
            this.schedule = schedule;
            this.locationId = locationId;
            schedule.exceptions().stream().filter(e -> e.appliesAt(locationId))
                    .forEach(e -> exceptionDays.add(e.date()));
        }

        List<Span> on(LocalDate day) {
            if (exceptionDays.contains(day)) {
                return openSpans(schedule, locationId, day);
            }
            return byWeekday.computeIfAbsent(day.getDayOfWeek(), d -> openSpans(schedule, locationId, day));
        }
    }

    /** Weekly hours plus extra hours, minus time off and breaks, on one local date. */
    private static List<Span> openSpans(ClinicianSchedule s, UUID locationId, LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        var open = new ArrayList<Span>();
        s.hours().stream().filter(h -> h.day() == dow && h.locationId().equals(locationId))
                .forEach(h -> open.add(new Span(h.start(), h.end())));
        var closed = new ArrayList<Span>();
        s.breaks().stream().filter(b -> b.day() == dow).forEach(b -> closed.add(new Span(b.start(), b.end())));
        for (var e : s.exceptions()) {
            if (!e.date().equals(day) || !e.appliesAt(locationId)) {
                continue;
            }
            (e.kind() == ScheduleException.Kind.EXTRA_HOURS ? open : closed).add(new Span(e.start(), e.end()));
        }
        return Times.subtract(Times.union(open), closed);
    }

    private static List<Period> periods(List<Span> spans, ZoneId zone, LocalDate day) {
        var periods = new ArrayList<Period>(spans.size());
        for (var span : spans) {
            var p = new Period(startInstant(day, span.start(), zone), endInstant(day, span.end(), zone));
            if (p.from().isBefore(p.to())) {
                periods.add(p);
            }
        }
        return periods;
    }

    // A start in a gap opens when the clocks jump; in a repeated hour, at its first occurrence.
    private static Instant startInstant(LocalDate day, LocalTime time, ZoneId zone) {
        var local = LocalDateTime.of(day, time);
        var transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).withEarlierOffsetAtOverlap().toInstant();
    }

    // An end in a gap closes when the clocks jump; in a repeated hour, at its second occurrence.
    private static Instant endInstant(LocalDate day, LocalTime time, ZoneId zone) {
        var local = LocalDateTime.of(day, time);
        var transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).withLaterOffsetAtOverlap().toInstant();
    }
}
