package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.shared.LocationId;

/** The clinician aggregate guards its weekly hours, breaks and one-day exceptions. */
class ClinicianTest {

    static final LocationId BAY_SHORE = LocationId.of(UUID.randomUUID());
    static final LocationId SCOTTSDALE = LocationId.of(UUID.randomUUID());
    static final LocalDate DAY = LocalDate.of(2030, 3, 4);

    final Clinician clinician = Clinician.of(UUID.randomUUID(), "Dr. Rules", Set.of());

    static LocalTime t(int hour) {
        return LocalTime.of(hour, 0);
    }

    @Test
    void hoursThatOverlapHoursAtTheSameLocationOnTheSameDayAreRefused() {
        clinician.addHours(BAY_SHORE, DayOfWeek.MONDAY, t(9), t(13));

        assertThatThrownBy(() -> clinician.addHours(BAY_SHORE, DayOfWeek.MONDAY, t(12), t(17)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThat(clinician.hours()).hasSize(1);
    }

    @Test
    void hoursThatTouchOrLieOnAnotherDayOrAtAnotherLocationAreKept() {
        clinician.addHours(BAY_SHORE, DayOfWeek.MONDAY, t(13), t(17));
        clinician.addHours(BAY_SHORE, DayOfWeek.MONDAY, t(9), t(13));
        clinician.addHours(BAY_SHORE, DayOfWeek.TUESDAY, t(9), t(17));
        clinician.addHours(SCOTTSDALE, DayOfWeek.MONDAY, t(9), t(17)); // another zone: not the same hours

        assertThat(clinician.hours()).extracting(WeeklyHours::day, WeeklyHours::start).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DayOfWeek.MONDAY, t(9)),
                org.assertj.core.groups.Tuple.tuple(DayOfWeek.MONDAY, t(9)),
                org.assertj.core.groups.Tuple.tuple(DayOfWeek.MONDAY, t(13)),
                org.assertj.core.groups.Tuple.tuple(DayOfWeek.TUESDAY, t(9)));
        assertThat(clinician.hours()).allMatch(h -> h.clinicianId().equals(clinician.id()));
    }

    @Test
    void hoursMustEndAfterTheyStart() {
        assertThatThrownBy(() -> clinician.addHours(BAY_SHORE, DayOfWeek.MONDAY, t(17), t(9)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after the start");
        assertThat(clinician.hours()).isEmpty();
    }

    @Test
    void overlappingBreaksOnOneDayAreRefused() {
        clinician.addBreak(DayOfWeek.FRIDAY, t(12), t(13));

        assertThatThrownBy(() -> clinician.addBreak(DayOfWeek.FRIDAY, LocalTime.of(12, 30), t(14)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlaps");
        clinician.addBreak(DayOfWeek.THURSDAY, t(12), t(13));
        assertThat(clinician.breaks()).extracting(BreakTime::day)
                .containsExactly(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    }

    @Test
    void extraHoursNeedALocationAndExceptionsAreFoundByDate() {
        assertThatThrownBy(() -> clinician.addException(null, ScheduleException.Kind.EXTRA_HOURS, DAY, t(18),
                t(20), null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("location");
        var off = clinician.addException(null, ScheduleException.Kind.TIME_OFF, DAY, t(9), t(12), "Dentist");
        clinician.addException(BAY_SHORE.value(), ScheduleException.Kind.EXTRA_HOURS, DAY.plusDays(3), t(18), t(20), null);

        assertThat(clinician.exceptions(DAY, DAY)).containsExactly(off);
        assertThat(clinician.exceptions()).hasSize(2);
    }

    @Test
    void removingAnEntryRemovesOnlyThatOneAndSaysWhetherItExisted() {
        var hours = clinician.addHours(BAY_SHORE, DayOfWeek.MONDAY, t(9), t(17));
        var lunch = clinician.addBreak(DayOfWeek.MONDAY, t(12), t(13));

        assertThat(clinician.removeAvailability(hours.id())).isTrue();
        assertThat(clinician.removeAvailability(hours.id())).isFalse();
        assertThat(clinician.removeAvailability(UUID.randomUUID())).isFalse();
        assertThat(clinician.hours()).isEmpty();
        assertThat(clinician.breaks()).containsExactly(lunch);
    }
}
