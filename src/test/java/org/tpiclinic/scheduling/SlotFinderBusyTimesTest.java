package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
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
 * The finder's indexed busy-time check agrees with checking every busy time, for random (overlapping, nested,
 * long and short) clinician and patient busy times. Seeded, so a failure repeats.
 */
class SlotFinderBusyTimesTest {

    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final LocalDate DAY = LocalDate.of(2026, 6, 3);
    static final Duration DURATION = Duration.ofMinutes(30);
    static final Duration BUFFER = Duration.ofMinutes(10);

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 })
    void findsExactlyTheCandidatesNoBusyTimeOverlaps(long seed) {
        var random = new Random(seed);
        var clinician = UUID.randomUUID();
        var location = UUID.randomUUID();
        var open = DAY.atTime(8, 0).atZone(ZONE).toInstant();
        var clinicianBusy = busyTimes(random, open);
        var patientBusy = busyTimes(random, open);
        var schedule = new ClinicianSchedule(clinician, List.of(new WeeklyHours(UUID.randomUUID(), clinician,
                location, DayOfWeek.WEDNESDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))), List.of(), List.of(),
                clinicianBusy);
        var query = new SlotFinder.Query(UUID.randomUUID(), DURATION, BUFFER, DAY, DAY,
                new BookingWindow(open.minus(Duration.ofDays(1)), Duration.ZERO, 30), patientBusy);

        var found = SlotFinder.find(query, Map.of(location, ZONE), List.of(schedule)).stream().map(Slot::start)
                .toList();

        var expected = new ArrayList<Instant>();
        for (var c = open; !c.plus(DURATION).isAfter(open.plus(Duration.ofHours(10))); c = c.plus(SlotFinder.STEP)) {
            var start = c;
            boolean clinicianFree = clinicianBusy.stream().noneMatch(b -> b.overlaps(start, start.plus(DURATION).plus(BUFFER)));
            boolean patientFree = patientBusy.stream().noneMatch(b -> b.overlaps(start, start.plus(DURATION)));
            if (clinicianFree && patientFree) {
                expected.add(start);
            }
        }
        assertThat(found).isEqualTo(expected);
    }

    private static List<Busy> busyTimes(Random random, Instant open) {
        var busy = new ArrayList<Busy>();
        int count = random.nextInt(8);
        for (int i = 0; i < count; i++) {
            var start = open.plus(Duration.ofMinutes(random.nextInt(12 * 60) - 60));
            var length = Duration.ofMinutes(1 + random.nextInt(random.nextBoolean() ? 45 : 300));
            busy.add(new Busy(start, start.plus(length)));
        }
        return busy;
    }
}
