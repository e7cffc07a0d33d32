package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tpiclinic.scheduling.SchedulingFixture.DESK;
import static org.tpiclinic.scheduling.SchedulingFixture.FOLLOW_UP;
import static org.tpiclinic.scheduling.SchedulingFixture.NEW_PATIENT;
import static org.tpiclinic.scheduling.SchedulingFixture.key;

import java.time.Duration;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.AppointmentId;

@SpringBootTest
@EnableScenarios
@Import(SchedulingFixture.class)
class BookingTests {

    @Autowired
    SchedulingFixture fixture;
    @Autowired
    Bookings bookings;
    @Autowired
    AppointmentDesk desk;
    @Autowired
    JdbcClient jdbc;

    SchedulingFixture.Practice practice;
    UUID patient;

    @BeforeEach
    void practice() {
        practice = fixture.practice();
        patient = fixture.patient("Booker");
    }

    BookingRequest request(UUID who, UUID type, java.time.Instant start) {
        return new BookingRequest(who, practice.clinicianId(), practice.locationId(), type, start, key());
    }

    long active() {
        return jdbc.sql("SELECT COUNT(*) FROM appointments WHERE clinician_id = ? AND status <> 'CANCELLED'")
                .param(practice.clinicianId()).query(Long.class).single();
    }

    @Test
    void bookingPublishesAppointmentBookedWithTheLocationZone(Scenario scenario) {
        var start = fixture.at(5, LocalTime.of(10, 0));
        scenario.stimulate(() -> bookings.book(DESK, request(patient, NEW_PATIENT, start)))
                .andWaitForEventOfType(AppointmentBooked.class)
                .toArriveAndVerify(e -> {
                    assertThat(e.startAt()).isEqualTo(start);
                    assertThat(e.endAt()).isEqualTo(start.plus(Duration.ofMinutes(30)));
                    assertThat(e.zoneId()).isEqualTo("America/New_York");
                });
    }

    @Test
    void theSameSubmissionTwiceBooksOnce() {
        var r = request(patient, NEW_PATIENT, fixture.at(5, LocalTime.of(11, 0)));
        var first = bookings.book(DESK, r);
        var second = bookings.book(DESK, r);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(active()).isEqualTo(1);
    }

    @Test
    void aTakenTimeIsRefusedWithTheNearestFreeSlotsAndNothingWritten() {
        var start = fixture.at(5, LocalTime.of(10, 0));
        bookings.book(DESK, request(patient, NEW_PATIENT, start));
        var other = fixture.patient("Latecomer");
        long audit = jdbc.sql("SELECT MAX(seq) FROM audit_entries").query(Long.class).single();
        assertThatThrownBy(() -> bookings.book(DESK, request(other, FOLLOW_UP, start.plus(Duration.ofMinutes(35)))))
                .isInstanceOfSatisfying(SlotTakenException.class, taken -> {
                    assertThat(taken.getMessage()).contains("That time was just taken");
                    // 30 minutes plus a 10-minute buffer: 10:40 is the first free quarter hour after.
                    assertThat(taken.alternatives()).isNotEmpty()
                            .allMatch(s -> !s.start().isBefore(start.plus(Duration.ofMinutes(40)))
                                    || !s.end().isAfter(start));
                });
        assertThat(active()).isEqualTo(1);
        // No booking entry survived the rollback.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target LIKE 'appointment%' AND seq > ?").param(audit)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPatientCannotBeInTwoPlacesAtOnce() {
        var start = fixture.at(6, LocalTime.of(9, 0));
        bookings.book(DESK, request(patient, NEW_PATIENT, start));
        var elsewhere = fixture.practice();
        var r = new BookingRequest(patient, elsewhere.clinicianId(), elsewhere.locationId(), FOLLOW_UP,
                start.plus(Duration.ofMinutes(15)), key());
        assertThatThrownBy(() -> bookings.book(DESK, r)).isInstanceOf(SlotTakenException.class)
                .hasMessageContaining("patient already has an appointment");
    }

    @Test
    void refusesPastTimesTimesOutsideHoursAndUnknownIds() {
        assertThatThrownBy(() -> bookings.book(DESK, request(patient, NEW_PATIENT, fixture.at(-1, LocalTime.NOON))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("passed");
        assertThatThrownBy(() -> bookings.book(DESK, request(patient, NEW_PATIENT, fixture.at(3, LocalTime.of(17, 45)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> bookings.book(DESK, request(UUID.randomUUID(), NEW_PATIENT,
                fixture.at(3, LocalTime.NOON)))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> bookings.book(DESK, request(patient, UUID.randomUUID(),
                fixture.at(3, LocalTime.NOON)))).isInstanceOf(NotFoundException.class);
        assertThat(active()).isZero();
    }

    @Test
    void aSeriesBooksEveryOccurrenceAtTheSameLocalTimeOrNone() {
        var start = fixture.at(2, LocalTime.of(14, 0));
        var series = bookings.bookSeries(DESK, request(patient, FOLLOW_UP, start), 2, 3);
        assertThat(series).hasSize(3).extracting(a -> a.startAt().atZone(SchedulingFixture.ZONE).toLocalTime())
                .containsOnly(LocalTime.of(14, 0));
        assertThat(series).extracting(Appointment::seriesId).doesNotContainNull().hasSize(3);
        var other = fixture.patient("Seriesclash");
        var clash = request(other, FOLLOW_UP, start.minus(Duration.ofDays(7)).plus(Duration.ofDays(21)));
        assertThatThrownBy(() -> bookings.bookSeries(DESK, clash, 1, 2)).isInstanceOf(SlotTakenException.class);
        assertThat(active()).isEqualTo(3);
    }

    @Test
    void reschedulingMovesTheAppointmentAndAnnouncesIt(Scenario scenario) {
        var a = bookings.book(DESK, request(patient, NEW_PATIENT, fixture.at(4, LocalTime.of(9, 0))));
        var later = fixture.at(4, LocalTime.of(15, 0));
        scenario.stimulate(() -> bookings.reschedule(DESK, AppointmentId.of(a.id()), null, later))
                .andWaitForEventOfType(AppointmentRescheduled.class)
                .toArriveAndVerify(e -> assertThat(e.startAt()).isEqualTo(later));
        var blocker = bookings.book(DESK, request(fixture.patient("Blocker"), FOLLOW_UP, fixture.at(4, LocalTime.of(9, 0))));
        assertThatThrownBy(() -> bookings.reschedule(DESK, AppointmentId.of(a.id()), null, blocker.startAt()))
                .isInstanceOf(SlotTakenException.class);
    }

    @Test
    void statusChangesFollowTheRulesAndCancellingFreesTheTime(Scenario scenario) {
        var start = fixture.at(4, LocalTime.of(11, 0));
        var a = bookings.book(DESK, request(patient, NEW_PATIENT, start));
        desk.checkIn(DESK, a.id());
        assertThatThrownBy(() -> desk.markNoShow(DESK, a.id())).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> desk.cancel(DESK, AppointmentId.of(a.id()), " ")).isInstanceOf(IllegalArgumentException.class);
        scenario.stimulate(() -> desk.cancel(DESK, AppointmentId.of(a.id()), "Patient unwell"))
                .andWaitForEventOfType(AppointmentCancelled.class)
                .toArriveAndVerify(e -> assertThat(e.reason()).isEqualTo("Patient unwell"));
        assertThatThrownBy(() -> desk.complete(DESK, a.id())).isInstanceOf(ConflictException.class);
        assertThat(bookings.book(DESK, request(fixture.patient("Next"), NEW_PATIENT, start)).status())
                .isEqualTo(AppointmentStatus.BOOKED);
    }

    @Test
    void patientsMayNotBookForSomeoneElseAndBillingMayNotBookAtAll() {
        var someoneElse = new CurrentUser(UUID.randomUUID(), "p", "P", Role.PATIENT, fixture.patient("Else"));
        var billing = new CurrentUser(UUID.randomUUID(), "b", "B", Role.BILLING, null);
        var r = request(patient, NEW_PATIENT, fixture.at(3, LocalTime.NOON));
        assertThatThrownBy(() -> bookings.book(someoneElse, r)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> bookings.book(billing, r)).isInstanceOf(ForbiddenException.class);
        assertThat(active()).isZero();
    }
}
