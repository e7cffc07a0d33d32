package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpiclinic.scheduling.SlotFinder.BookingWindow;
import org.tpiclinic.scheduling.SlotFinder.Busy;
import org.tpiclinic.scheduling.SlotFinder.ClinicianSchedule;

/**
 * A two-month search finds exactly the slots of one search per day: the finder works out a weekday's hours once
 * per search, and a date with time off or extra hours must still get its own. Random practices (seeded, so a
 * failure repeats) over the US daylight-saving change of 8 March 2026, in a zone that observes it and one that
 * does not.
 */
class SlotFinderRangeTest {

    static final LocalDate FROM = LocalDate.of(2026, 2, 16);
    static final LocalDate TO = FROM.plusDays(61);
    static final Duration DURATION = Duration.ofMinutes(30);
    static final Duration BUFFER = Duration.ofMinutes(10);

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 })
    void aLongSearchFindsWhatOneSearchPerDayFinds(long seed) {
        var random = new Random(seed);
        var locations = new LinkedHashMap<UUID, ZoneId>();
        locations.put(UUID.randomUUID(), ZoneId.of("America/New_York"));
        locations.put(UUID.randomUUID(), ZoneId.of("America/Phoenix"));
        var schedules = new ArrayList<ClinicianSchedule>();
        for (int i = 0; i < 3; i++) {
            schedules.add(schedule(random, new ArrayList<>(locations.keySet())));
        }
        var window = new BookingWindow(FROM.atStartOfDay(ZoneId.of("UTC")).toInstant(), Duration.ZERO, 366);
        var type = UUID.randomUUID();

        var whole = SlotFinder.find(new SlotFinder.Query(type, DURATION, BUFFER, FROM, TO, window, List.of()),
                locations, schedules);
        var daily = new ArrayList<Slot>();
        for (var day = FROM; !day.isAfter(TO); day = day.plusDays(1)) {
            daily.addAll(SlotFinder.find(new SlotFinder.Query(type, DURATION, BUFFER, day, day, window, List.of()),
                    locations, schedules));
        }

        assertThat(whole).hasSizeGreaterThan(100);
        assertThat(whole).isSortedAccordingTo(Comparator.comparing(Slot::start));
        var byKey = Comparator.comparing(Slot::start).thenComparing(s -> s.clinicianId().toString())
                .thenComparing(s -> s.locationId().toString());
        assertThat(whole.stream().sorted(byKey).toList()).isEqualTo(daily.stream().sorted(byKey).toList());
    }

    private static ClinicianSchedule schedule(Random random, List<UUID> locations) {
        var id = UUID.randomUUID();
        var hours = new ArrayList<WeeklyHours>();
        var breaks = new ArrayList<BreakTime>();
        for (var day : DayOfWeek.values()) {
            if (random.nextInt(4) == 0) {
                continue;
            }
            var location = locations.get(random.nextInt(locations.size()));
            // Some days reach past midnight's neighbours and 02:00, where the clocks jump.
            int start = random.nextInt(10);
            hours.add(new WeeklyHours(UUID.randomUUID(), id, location, day, LocalTime.of(start, 0),
                    LocalTime.of(start + 4 + random.nextInt(10), 0)));
            if (random.nextBoolean()) {
                breaks.add(new BreakTime(UUID.randomUUID(), id, day, LocalTime.of(12, 0), LocalTime.of(13, 0)));
            }
        }
        var exceptions = new ArrayList<ScheduleException>();
        for (int e = 0; e < 8; e++) {
            var date = FROM.plusDays(random.nextInt(62));
            int start = 6 + random.nextInt(8);
            var kind = random.nextBoolean() ? ScheduleException.Kind.TIME_OFF : ScheduleException.Kind.EXTRA_HOURS;
            UUID location = kind == ScheduleException.Kind.TIME_OFF && random.nextBoolean() ? null
                    : locations.get(random.nextInt(locations.size()));
            exceptions.add(new ScheduleException(UUID.randomUUID(), id, location, kind, date,
                    LocalTime.of(start, 0), LocalTime.of(start + 1 + random.nextInt(6), 0), "seeded"));
        }
        var busy = new ArrayList<Busy>();
        Instant first = FROM.atStartOfDay(ZoneId.of("UTC")).toInstant();
        for (int b = 0; b < 150; b++) {
            var start = first.plus(Duration.ofMinutes(15L * random.nextInt(62 * 96)));
            busy.add(new Busy(start, start.plus(Duration.ofMinutes(15 + 15L * random.nextInt(8)))));
        }
        return new ClinicianSchedule(id, hours, breaks, exceptions, busy);
    }
}
