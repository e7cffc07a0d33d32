package org.tpiclinic.waitlist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.scheduling.Slot;

/** The matching rules of a waitlist entry, and its time windows as written in the database. */
class WaitlistEntryTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final UUID TYPE = UUID.randomUUID();
    static final UUID CLINICIAN = UUID.randomUUID();
    static final UUID LOCATION = UUID.randomUUID();
    // Wednesday 4 March 2026, 10:00 in New York (15:00 UTC)
    static final LocalDateTime WEDNESDAY_10 = LocalDateTime.of(2026, 3, 4, 10, 0);

    static Slot slot(UUID type, UUID clinician, UUID location, LocalDateTime local, int minutes, ZoneId zone) {
        Instant start = local.atZone(zone).toInstant();
        return new Slot(clinician, location, type, start, start.plusSeconds(60L * minutes), zone);
    }

    static Slot wednesday() {
        return slot(TYPE, CLINICIAN, LOCATION, WEDNESDAY_10, 30, NEW_YORK);
    }

    static WaitlistEntry entry(UUID clinician, UUID location, List<TimeWindow> windows, LocalDate from,
            LocalDate to) {
        return new WaitlistEntry(UUID.randomUUID(), UUID.randomUUID(), TYPE, clinician, location, windows, from, to,
                null, WaitlistStatus.WAITING, "desk", Instant.EPOCH);
    }

    static TimeWindow window(LocalTime from, LocalTime to, DayOfWeek... days) {
        return new TimeWindow(Set.of(days), from, to);
    }

    @Test
    void anEntryWithoutPreferencesTakesAnySlotOfItsType() {
        assertThat(entry(null, null, List.of(), null, null).matches(wednesday())).isTrue();
        assertThat(entry(null, null, List.of(), null, null)
                .matches(slot(UUID.randomUUID(), CLINICIAN, LOCATION, WEDNESDAY_10, 30, NEW_YORK))).isFalse();
    }

    @Test
    void aChosenClinicianOrLocationMustBeTheSlots() {
        assertThat(entry(CLINICIAN, LOCATION, List.of(), null, null).matches(wednesday())).isTrue();
        assertThat(entry(UUID.randomUUID(), null, List.of(), null, null).matches(wednesday())).isFalse();
        assertThat(entry(null, UUID.randomUUID(), List.of(), null, null).matches(wednesday())).isFalse();
    }

    @Test
    void theSlotMustLieWhollyInsideAWindowInTheLocationsLocalTime() {
        var morning = window(LocalTime.of(9, 0), LocalTime.of(10, 30), DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        assertThat(entry(null, null, List.of(morning), null, null).matches(wednesday())).isTrue();
        var tooShort = window(LocalTime.of(9, 0), LocalTime.of(10, 15), DayOfWeek.WEDNESDAY);
        assertThat(entry(null, null, List.of(tooShort), null, null).matches(wednesday())).isFalse();
        var otherDay = window(LocalTime.of(9, 0), LocalTime.of(12, 0), DayOfWeek.THURSDAY);
        assertThat(entry(null, null, List.of(otherDay), null, null).matches(wednesday())).isFalse();
        // 15:00-16:00 would match the UTC time: local time is what counts.
        var utcHours = window(LocalTime.of(15, 0), LocalTime.of(16, 0), DayOfWeek.WEDNESDAY);
        assertThat(entry(null, null, List.of(utcHours), null, null).matches(wednesday())).isFalse();
        assertThat(entry(null, null, List.of(otherDay, morning), null, null).matches(wednesday())).isTrue();
    }

    @Test
    void theDateRangeIsInclusiveAndEitherEndMayBeOpen() {
        var day = WEDNESDAY_10.toLocalDate();
        assertThat(entry(null, null, List.of(), day, day).matches(wednesday())).isTrue();
        assertThat(entry(null, null, List.of(), day.plusDays(1), null).matches(wednesday())).isFalse();
        assertThat(entry(null, null, List.of(), null, day.minusDays(1)).matches(wednesday())).isFalse();
        assertThat(entry(null, null, List.of(), null, day).matches(wednesday())).isTrue();
    }

    @Test
    void windowsAreWrittenAndReadBack() {
        var windows = List.of(window(LocalTime.of(9, 0), LocalTime.of(12, 0), DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY),
                window(LocalTime.of(14, 30), LocalTime.of(17, 0), DayOfWeek.FRIDAY));
        String text = TimeWindow.format(windows);
        assertThat(text).isEqualTo("MON,WED 09:00-12:00;FRI 14:30-17:00");
        assertThat(TimeWindow.parse(text)).isEqualTo(windows);
        assertThat(TimeWindow.parse("")).isEmpty();
    }

    @Test
    void aWindowNeedsADayAndAStartBeforeItsEnd() {
        assertThatThrownBy(() -> window(LocalTime.of(12, 0), LocalTime.of(9, 0), DayOfWeek.MONDAY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start must be before the end");
        assertThatThrownBy(() -> new TimeWindow(Set.of(), LocalTime.of(9, 0), LocalTime.of(12, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one day");
    }
}
