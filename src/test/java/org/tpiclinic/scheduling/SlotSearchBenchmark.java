package org.tpiclinic.scheduling;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.tpiclinic.scheduling.SlotFinder.BookingWindow;
import org.tpiclinic.scheduling.SlotFinder.Busy;
import org.tpiclinic.scheduling.SlotFinder.ClinicianSchedule;

/**
 * Free-slot search with the pure {@link SlotFinder} (no database): {@value #CLINICIANS} clinicians,
 * two locations (America/New_York and America/Phoenix), {@value #DAYS} days of hours, {@value #APPOINTMENTS}
 * existing appointments. One search covers every clinician at both locations for {@code rangeDays} local days
 * (1: a day on the booking page; 7: a week; 62: the longest range {@link SlotSearch} allows). As in
 * {@link SlotSearch}, each clinician's schedule holds only the appointments of the searched range (plus a day
 * either side), which the database would select; that slicing is done in setup and not timed. Searches rotate
 * through {@value #STARTS} start dates. Run with {@code scripts/bench-slots.sh}; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SlotSearchBenchmark {

    static final int CLINICIANS = 10;
    static final int DAYS = 90;
    static final int APPOINTMENTS = 5_000;
    static final int STARTS = 20;
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    // Spans the US daylight-saving change of 8 March 2026 (New York moves, Phoenix does not).
    static final LocalDate FIRST_DAY = LocalDate.of(2026, 2, 2);
    static final Duration DURATION = Duration.ofMinutes(30);
    static final Duration BUFFER = Duration.ofMinutes(15);

    @Param({ "1", "7", "62" })
    public int rangeDays;

    private final UUID east = UUID.randomUUID();
    private final UUID west = UUID.randomUUID();
    private final UUID type = UUID.randomUUID();
    private Map<UUID, ZoneId> locations;
    private List<SlotFinder.Query> queries;
    private List<List<ClinicianSchedule>> schedules;
    private int next;
    int appointments;

    @Setup(Level.Trial)
    public void practice() {
        locations = new LinkedHashMap<>();
        locations.put(east, NEW_YORK);
        locations.put(west, PHOENIX);
        var random = new Random(20_261_127L);
        var full = new ArrayList<ClinicianSchedule>();
        var workdays = new ArrayList<LocalDate>();
        for (var d = FIRST_DAY; d.isBefore(FIRST_DAY.plusDays(DAYS)); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5) {
                workdays.add(d);
            }
        }
        int clinicianDays = CLINICIANS * workdays.size();
        int dayIndex = 0;
        for (int i = 0; i < CLINICIANS; i++) {
            var id = UUID.randomUUID();
            var hours = new ArrayList<WeeklyHours>();
            var breaks = new ArrayList<BreakTime>();
            for (var day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                    DayOfWeek.FRIDAY)) {
                // Half work in New York, half in Phoenix; two of them spend Wednesdays at the other location.
                boolean atEast = (i < CLINICIANS / 2) != (day == DayOfWeek.WEDNESDAY && i % 5 == 0);
                hours.add(new WeeklyHours(UUID.randomUUID(), id, atEast ? east : west, day, LocalTime.of(8, 0),
                        LocalTime.of(17, 0)));
                breaks.add(new BreakTime(UUID.randomUUID(), id, day, LocalTime.NOON, LocalTime.of(13, 0)));
            }
            var exceptions = new ArrayList<ScheduleException>();
            exceptions.add(new ScheduleException(UUID.randomUUID(), id, null, ScheduleException.Kind.TIME_OFF,
                    workdays.get(random.nextInt(workdays.size())), LocalTime.of(8, 0), LocalTime.of(17, 0), "off"));
            exceptions.add(new ScheduleException(UUID.randomUUID(), id, i < CLINICIANS / 2 ? east : west,
                    ScheduleException.Kind.EXTRA_HOURS, FIRST_DAY.plusDays(5 + random.nextInt(80))
                            .with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)),
                    LocalTime.of(9, 0), LocalTime.of(13, 0), "extra"));
            var busy = new ArrayList<Busy>();
            for (var day : workdays) {
                int count = (int) ((long) (dayIndex + 1) * APPOINTMENTS / clinicianDays
                        - (long) dayIndex * APPOINTMENTS / clinicianDays);
                dayIndex++;
                var zone = hours.stream().filter(h -> h.day() == day.getDayOfWeek()).findFirst().orElseThrow()
                        .locationId().equals(east) ? NEW_YORK : PHOENIX;
                var cursor = LocalTime.of(8, 0);
                for (int a = 0; a < count; a++) {
                    cursor = cursor.plusMinutes(15L * random.nextInt(2));
                    if (cursor.isAfter(LocalTime.of(11, 30)) && cursor.isBefore(LocalTime.of(13, 0))) {
                        cursor = LocalTime.of(13, 0);
                    }
                    Instant start = day.atTime(cursor).atZone(zone).toInstant();
                    busy.add(new Busy(start, start.plus(DURATION).plus(BUFFER)));
                    cursor = cursor.plus(DURATION).plus(BUFFER);
                }
            }
            appointments += busy.size();
            full.add(new ClinicianSchedule(id, hours, breaks, exceptions, busy));
        }
        if (appointments != APPOINTMENTS) {
            throw new IllegalStateException("seeded " + appointments + " appointments");
        }
        queries = new ArrayList<>();
        schedules = new ArrayList<>();
        for (int s = 0; s < STARTS; s++) {
            var from = FIRST_DAY.plusDays((long) s * (DAYS - rangeDays) / STARTS);
            var to = from.plusDays(rangeDays - 1L);
            var window = new BookingWindow(FIRST_DAY.minusDays(1).atStartOfDay(NEW_YORK).toInstant(), Duration.ZERO,
                    SlotSearch.FRONT_DESK_HORIZON_DAYS);
            queries.add(new SlotFinder.Query(type, DURATION, BUFFER, from, to, window, List.of()));
            Instant sliceFrom = from.minusDays(1).atStartOfDay(NEW_YORK).toInstant();
            Instant sliceTo = to.plusDays(2).atStartOfDay(NEW_YORK).toInstant();
            schedules.add(full.stream().map(c -> new ClinicianSchedule(c.clinicianId(), c.hours(), c.breaks(),
                    c.exceptions(), c.busy().stream()
                            .filter(b -> b.until().isAfter(sliceFrom) && b.start().isBefore(sliceTo)).toList()))
                    .toList());
        }
    }

    @Benchmark
    public List<Slot> search() {
        int i = next++ % STARTS;
        return SlotFinder.find(queries.get(i), locations, schedules.get(i));
    }
}
