package org.tpiclinic.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

class TimeWindowLabelTest {

    @Test
    void consecutiveDaysBecomeARangeAndTimesAreOnTheTwelveHourClock() {
        var weekdays = new TimeWindow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(8, 0),
                LocalTime.of(12, 0));
        assertThat(weekdays.label()).isEqualTo("Mon–Fri, 8:00 AM–12:00 PM");
    }

    @Test
    void twoNeighboursAreListedAndLoneDaysStandAlone() {
        var mixed = new TimeWindow(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.SUNDAY), LocalTime.of(13, 30), LocalTime.of(17, 0));
        assertThat(mixed.label()).isEqualTo("Mon, Tue, Thu, Sun, 1:30 PM–5:00 PM");
        assertThat(mixed.toString()).isEqualTo("MON,TUE,THU,SUN 13:30-17:00");
    }
}
