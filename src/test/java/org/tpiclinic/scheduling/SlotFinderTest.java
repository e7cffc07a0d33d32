package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpiclinic.scheduling.SlotFinder.BookingWindow;
import org.tpiclinic.scheduling.SlotFinder.Busy;
import org.tpiclinic.scheduling.SlotFinder.ClinicianSchedule;
import org.tpiclinic.scheduling.SlotFinder.Query;

class SlotFinderTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final UUID CLINICIAN = UUID.randomUUID();
    static final UUID HERE = UUID.randomUUID();
    static final UUID TYPE = UUID.randomUUID();
    static final LocalDate MONDAY = LocalDate.of(2026, 6, 1);
    static final Instant LONG_AGO = Instant.parse("2026-01-01T00:00:00Z");

    static WeeklyHours hours(DayOfWeek day, String from, String to) {
        return new WeeklyHours(UUID.randomUUID(), CLINICIAN, HERE, day, LocalTime.parse(from), LocalTime.parse(to));
    }

    static ClinicianSchedule schedule(List<WeeklyHours> hours, List<BreakTime> breaks,
            List<ScheduleException> exceptions, List<Busy> busy) {
        return new ClinicianSchedule(CLINICIAN, hours, breaks, exceptions, busy);
    }

    static Query query(int minutes, int buffer, LocalDate from, LocalDate to, BookingWindow window) {
        return new Query(TYPE, Duration.ofMinutes(minutes), Duration.ofMinutes(buffer), from, to, window, List.of());
    }

    static List<Slot> find(Query q, ZoneId zone, ClinicianSchedule s) {
        return SlotFinder.find(q, Map.of(HERE, zone), List.of(s));
    }

    static List<LocalTime> localTimes(List<Slot> slots) {
        return slots.stream().map(s -> s.localStart().toLocalTime()).toList();
    }

    static BookingWindow open() {
        return new BookingWindow(LONG_AGO, Duration.ZERO, 365);
    }

    @Test
    void offersQuarterHourSlotsInsideWeeklyHoursOnly() {
        var s = schedule(List.of(hours(DayOfWeek.MONDAY, "09:00", "10:00")), List.of(), List.of(), List.of());
        var slots = find(query(30, 0, MONDAY, MONDAY.plusDays(6), open()), NEW_YORK, s);
        assertThat(localTimes(slots)).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 15), LocalTime.of(9, 30));
        assertThat(slots).allMatch(slot -> slot.localStart().toLocalDate().equals(MONDAY));
    }

    @Test
    void keepsTheBufferAfterEveryExistingAppointmentAndBeforeTheNext() {
        var busyStart = LocalDateTime.of(MONDAY, LocalTime.of(10, 0)).atZone(NEW_YORK).toInstant();
        var s = schedule(List.of(hours(DayOfWeek.MONDAY, "09:00", "12:00")), List.of(), List.of(),
                List.of(new Busy(busyStart, busyStart.plus(Duration.ofMinutes(40)))));
        var times = localTimes(find(query(30, 10, MONDAY, MONDAY, open()), NEW_YORK, s));
        // 9:15 + 30 + 10 buffer = 9:55 fits before 10:00; 9:30 would run into it; free again from 10:40 -> 10:45.
        assertThat(times).contains(LocalTime.of(9, 15), LocalTime.of(10, 45))
                .doesNotContain(LocalTime.of(9, 30), LocalTime.of(10, 0), LocalTime.of(10, 30));
    }

    @Test
    void breaksAndTimeOffCloseHoursAndExtraHoursOpenThem() {
        var lunch = new BreakTime(UUID.randomUUID(), CLINICIAN, DayOfWeek.MONDAY, LocalTime.NOON, LocalTime.of(13, 0));
        var off = new ScheduleException(UUID.randomUUID(), CLINICIAN, null, ScheduleException.Kind.TIME_OFF,
                MONDAY.plusDays(7), LocalTime.of(8, 0), LocalTime.of(18, 0), "holiday");
        var extra = new ScheduleException(UUID.randomUUID(), CLINICIAN, HERE, ScheduleException.Kind.EXTRA_HOURS,
                MONDAY.plusDays(5), LocalTime.of(9, 0), LocalTime.of(10, 0), null);
        var s = schedule(List.of(hours(DayOfWeek.MONDAY, "11:00", "14:00")), List.of(lunch), List.of(off, extra),
                List.of());
        var slots = find(query(60, 0, MONDAY, MONDAY.plusDays(13), open()), NEW_YORK, s);
        assertThat(slots).extracting(slot -> slot.localStart().toLocalDateTime()).containsExactly(
                LocalDateTime.of(MONDAY, LocalTime.of(11, 0)), LocalDateTime.of(MONDAY, LocalTime.of(13, 0)),
                LocalDateTime.of(MONDAY.plusDays(5), LocalTime.of(9, 0)));
    }

    @Test
    void respectsMinimumNoticeAndHorizon() {
        var now = LocalDateTime.of(MONDAY, LocalTime.of(9, 10)).atZone(NEW_YORK).toInstant();
        var s = schedule(List.of(DayOfWeek.values()).stream().map(d -> hours(d, "09:00", "10:00")).toList(),
                List.of(), List.of(), List.of());
        var slots = find(query(15, 0, MONDAY, MONDAY.plusDays(30), new BookingWindow(now, Duration.ofHours(24), 3)),
                NEW_YORK, s);
        assertThat(slots).allMatch(slot -> !slot.start().isBefore(now.plus(Duration.ofHours(24))));
        assertThat(slots.get(0).localStart().toLocalDateTime()).isEqualTo(LocalDateTime.of(MONDAY.plusDays(1),
                LocalTime.of(9, 15)));
        assertThat(slots.get(slots.size() - 1).localStart().toLocalDate()).isEqualTo(MONDAY.plusDays(3));
    }

    @Test
    void springForwardHasNoSlotAtATimeThatDoesNotExist() {
        var sunday = LocalDate.of(2026, 3, 8);
        var s = schedule(List.of(hours(DayOfWeek.SUNDAY, "01:00", "04:00")), List.of(), List.of(), List.of());
        var slots = find(query(15, 0, sunday, sunday, open()), NEW_YORK, s);
        assertThat(localTimes(slots)).noneMatch(t -> t.getHour() == 2)
                .contains(LocalTime.of(1, 45), LocalTime.of(3, 0));
        // 01:00-04:00 local is two real hours that day: 8 quarter-hour slots.
        assertThat(slots).hasSize(8);
        assertThat(slots).extracting(Slot::label).contains("Sun 8 Mar 2026, 1:45 AM EST", "Sun 8 Mar 2026, 3:00 AM EDT");
        slots.forEach(slot -> assertThat(slot.localStart().toLocalDateTime().atZone(NEW_YORK).toInstant())
                .isEqualTo(slot.start()));
    }

    @Test
    void fallBackGivesEachInstantOfTheRepeatedHourOnceWithItsOwnAbbreviation() {
        var sunday = LocalDate.of(2026, 11, 1);
        var s = schedule(List.of(hours(DayOfWeek.SUNDAY, "00:30", "03:00")), List.of(), List.of(), List.of());
        var slots = find(query(30, 0, sunday, sunday, open()), NEW_YORK, s);
        // 00:30 EDT to 03:00 EST is 3.5 real hours: starts at 0, 15, ... 180 minutes in, 13 of them.
        assertThat(slots).hasSize(13);
        assertThat(new HashSet<>(slots.stream().map(Slot::start).toList())).hasSize(13);
        assertThat(new HashSet<>(slots.stream().map(Slot::label).toList())).hasSize(13);
        assertThat(slots).extracting(Slot::timeLabel).contains("1:00 AM EDT", "1:00 AM EST");
    }

    @Test
    void aLocalOpeningTimeInTheGapOpensWhenTheClocksJump() {
        var sunday = LocalDate.of(2026, 3, 8);
        var s = schedule(List.of(hours(DayOfWeek.SUNDAY, "02:30", "03:30")), List.of(), List.of(), List.of());
        assertThat(localTimes(find(query(15, 0, sunday, sunday, open()), NEW_YORK, s)))
                .containsExactly(LocalTime.of(3, 0), LocalTime.of(3, 15));
    }

    @Test
    void withinHoursAcceptsOnlyTimesInsideAnOpenPeriod() {
        var s = schedule(List.of(hours(DayOfWeek.MONDAY, "09:00", "10:00")), List.of(), List.of(), List.of());
        var nine = LocalDateTime.of(MONDAY, LocalTime.of(9, 0)).atZone(NEW_YORK).toInstant();
        assertThat(SlotFinder.withinHours(s, HERE, NEW_YORK, nine, nine.plus(Duration.ofMinutes(60)))).isTrue();
        assertThat(SlotFinder.withinHours(s, HERE, NEW_YORK, nine.plus(Duration.ofMinutes(45)),
                nine.plus(Duration.ofMinutes(75)))).isFalse();
        assertThat(SlotFinder.withinHours(s, UUID.randomUUID(), NEW_YORK, nine, nine.plusSeconds(60))).isFalse();
    }

    static LongStream seeds() {
        return LongStream.range(1, 41);
    }

    /** Properties over random schedules, checked against a brute-force minute-by-minute oracle. */
    @ParameterizedTest
    @MethodSource("seeds")
    void everySlotObeysEveryRuleAndNoFreeTimeIsMissed(long seed) {
        var random = new Random(seed);
        var zone = List.of(NEW_YORK, ZoneId.of("America/Phoenix"), ZoneId.of("Europe/London")).get(random.nextInt(3));
        var from = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(330));
        var to = from.plusDays(random.nextInt(10));
        var hours = new ArrayList<WeeklyHours>();
        for (var day : DayOfWeek.values()) {
            if (random.nextInt(4) > 0) {
                int start = random.nextInt(20) * 30;
                hours.add(hours(day, minutes(start), minutes(Math.min(start + 60 + random.nextInt(16) * 30, 1439))));
            }
        }
        var breaks = new ArrayList<BreakTime>();
        var lunchStart = 600 + random.nextInt(8) * 15;
        breaks.add(new BreakTime(UUID.randomUUID(), CLINICIAN, DayOfWeek.of(1 + random.nextInt(7)),
                LocalTime.parse(minutes(lunchStart)), LocalTime.parse(minutes(lunchStart + 45))));
        var busy = new ArrayList<Busy>();
        for (int i = 0; i < 8; i++) {
            var start = from.atStartOfDay(zone).toInstant().plus(Duration.ofMinutes(random.nextInt(60 * 24 * 10)));
            busy.add(new Busy(start, start.plus(Duration.ofMinutes(15 + random.nextInt(60)))));
        }
        var now = from.atStartOfDay(zone).toInstant().plus(Duration.ofHours(random.nextInt(48)));
        int duration = 15 * (1 + random.nextInt(4));
        int buffer = 5 * random.nextInt(3);
        var window = new BookingWindow(now, Duration.ofHours(random.nextInt(24)), 1 + random.nextInt(10));
        var s = schedule(hours, breaks, List.of(), busy);
        var slots = find(query(duration, buffer, from, to, window), zone, s);

        var expected = new ArrayList<Instant>();
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            for (var h : hours) {
                if (h.day() != day.getDayOfWeek()) {
                    continue;
                }
                for (var t = h.start(); !t.plusMinutes(duration).isAfter(h.end()) && !t.plusMinutes(duration)
                        .isBefore(t); t = t.plusMinutes(15)) {
                    var startAt = LocalDateTime.of(day, t);
                    var zoned = startAt.atZone(zone);
                    var endAt = startAt.plusMinutes(duration);
                    boolean inBreak = breaks.stream().anyMatch(b -> b.day() == h.day()
                            && b.start().isBefore(endAt.toLocalTime()) && startAt.toLocalTime().isBefore(b.end()));
                    boolean exists = zoned.toLocalDateTime().equals(startAt)
                            && zoned.plusMinutes(duration).toLocalDateTime().equals(endAt);
                    var instant = zoned.toInstant();
                    boolean free = busy.stream().noneMatch(b -> b.overlaps(instant,
                            instant.plus(Duration.ofMinutes(duration + buffer))));
                    boolean inWindow = !instant.isBefore(now.plus(window.minNotice()))
                            && !day.isAfter(LocalDate.ofInstant(now, zone).plusDays(window.horizonDays()));
                    boolean regularDay = zone.getRules().getTransitions().stream().noneMatch(tr ->
                            LocalDate.ofInstant(tr.getInstant(), zone).equals(startAt.toLocalDate()));
                    if (!inBreak && exists && free && inWindow && regularDay) {
                        expected.add(instant);
                    }
                }
            }
        }
        var found = slots.stream().map(Slot::start).toList();
        assertThat(new HashSet<>(found)).hasSize(found.size());
        assertThat(found).isSorted();
        // On days without a clock change the finder must agree with the oracle exactly.
        var regular = found.stream().filter(i -> zone.getRules().getTransitions().stream().noneMatch(tr ->
                LocalDate.ofInstant(tr.getInstant(), zone).equals(LocalDate.ofInstant(i, zone)))).toList();
        assertThat(regular).containsExactlyElementsOf(expected);
        for (var slot : slots) {
            assertThat(SlotFinder.withinHours(s, HERE, zone, slot.start(), slot.end())).isTrue();
            assertThat(busy).noneMatch(b -> b.overlaps(slot.start(), slot.end().plus(Duration.ofMinutes(buffer))));
            assertThat(slot.start()).isAfterOrEqualTo(now.plus(window.minNotice()));
        }
    }

    static String minutes(int m) {
        return String.format("%02d:%02d", m / 60, m % 60);
    }
}
