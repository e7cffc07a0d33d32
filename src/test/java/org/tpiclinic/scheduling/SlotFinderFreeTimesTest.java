package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.scheduling.SlotFinderTest.HERE;
import static org.tpiclinic.scheduling.SlotFinderTest.LONG_AGO;
import static org.tpiclinic.scheduling.SlotFinderTest.MONDAY;
import static org.tpiclinic.scheduling.SlotFinderTest.hours;
import static org.tpiclinic.scheduling.SlotFinderTest.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.scheduling.SlotFinder.Busy;

/** Free time on a calendar: open hours minus breaks, busy times (with buffers) and the past. */
class SlotFinderFreeTimesTest {

    static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");

    static Instant at(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(PHOENIX).toInstant();
    }

    static List<String> free(SlotFinder.ClinicianSchedule s, LocalDate day, Instant notBefore) {
        return SlotFinder.freeTimes(s, HERE, PHOENIX, day, notBefore).stream()
                .map(p -> p.from().atZone(PHOENIX).toLocalTime() + "-" + p.to().atZone(PHOENIX).toLocalTime())
                .toList();
    }

    @Test
    void openHoursMinusBreaksAndBusyTimesWithTheirBuffers() {
        var s = schedule(List.of(hours(DayOfWeek.MONDAY, "08:00", "17:00")),
                List.of(new BreakTime(UUID.randomUUID(), SlotFinderTest.CLINICIAN, DayOfWeek.MONDAY,
                        LocalTime.of(12, 0), LocalTime.of(13, 0))),
                List.of(), List.of(new Busy(at(MONDAY, "09:00"), at(MONDAY, "09:40")),
                        new Busy(at(MONDAY, "09:30"), at(MONDAY, "10:00")),
                        new Busy(at(MONDAY, "16:50"), at(MONDAY, "17:20"))));
        assertThat(free(s, MONDAY, LONG_AGO)).containsExactly("08:00-09:00", "10:00-12:00", "13:00-16:50");
    }

    @Test
    void theDayWithoutHoursIsNotFreeAndThePastIsNotOffered() {
        var s = schedule(List.of(hours(DayOfWeek.MONDAY, "08:00", "17:00")), List.of(), List.of(), List.of());
        assertThat(free(s, MONDAY.plusDays(1), LONG_AGO)).isEmpty();
        assertThat(free(s, MONDAY, at(MONDAY, "15:15"))).containsExactly("15:15-17:00");
        assertThat(free(s, MONDAY, at(MONDAY, "16:50"))).as("less than one slot step left").isEmpty();
    }
}
