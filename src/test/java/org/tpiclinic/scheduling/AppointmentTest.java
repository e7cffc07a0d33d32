package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.tpiclinic.shared.ConflictException;

/** The appointment's own rules, without Spring or a database: times from its type, and its status changes. */
class AppointmentTest {

    static final Instant START = Instant.parse("2030-03-04T15:00:00Z");
    static final AppointmentType TPI = AppointmentType.define("TPI",
            new AppointmentType.Rules("Trigger point injection", 30, 10, true, 24, 90, 24));

    static Appointment booked() {
        var request = new BookingRequest(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), TPI.id(), START,
                "key").because("Neck pain");
        return Appointment.book(request, TPI, null, "key", "desk", START.minus(Duration.ofDays(3)));
    }

    @Test
    void aBookingTakesItsLengthAndBufferFromTheType() {
        var a = booked();

        assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(a.endAt()).isEqualTo(START.plus(Duration.ofMinutes(30)));
        assertThat(a.blockedUntil()).isEqualTo(START.plus(Duration.ofMinutes(40)));
        assertThat(a.reason()).isEqualTo("Neck pain");
        assertThat(a.createdBy()).isEqualTo("desk");
    }

    @Test
    void movingKeepsTheLengthAndBufferAndMayChangeTheClinician() {
        var a = booked();
        var other = UUID.randomUUID();
        var later = START.plus(Duration.ofHours(2));

        a.moveTo(other, later, TPI);

        assertThat(a.clinicianId()).isEqualTo(other);
        assertThat(a.startAt()).isEqualTo(later);
        assertThat(a.blockedUntil()).isEqualTo(later.plus(Duration.ofMinutes(40)));
    }

    @Test
    void onlyABookedAppointmentIsMovedOrCheckedIn() {
        var a = booked();
        a.checkIn();

        assertThatThrownBy(() -> a.moveTo(a.clinicianId(), START.plusSeconds(3600), TPI))
                .isInstanceOf(ConflictException.class).hasMessageContaining("checked in");
        assertThatThrownBy(a::checkIn).isInstanceOf(ConflictException.class);
    }

    @Test
    void completedAndNoShowOnlyOnceItHasStarted() {
        var a = booked();
        var before = START.minusSeconds(1);

        assertThatThrownBy(() -> a.complete(before)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("not started yet");
        assertThatThrownBy(() -> a.markNoShow(before)).isInstanceOf(ConflictException.class);
        assertThat(a.status()).isEqualTo(AppointmentStatus.BOOKED);

        a.markNoShow(START);
        assertThat(a.status()).isEqualTo(AppointmentStatus.NO_SHOW);
    }

    @Test
    void undoingReturnsToTheStatusItHadBeforeAndOnlyOnce() {
        var a = booked();
        a.checkIn();
        a.complete(START.plusSeconds(60));

        a.reopen();

        assertThat(a.status()).isEqualTo(AppointmentStatus.CHECKED_IN);
        assertThat(a.reopenStatus()).isNull();
        assertThatThrownBy(a::reopen).isInstanceOf(ConflictException.class);
    }

    @Test
    void aCancellationNeedsAReasonAndIsFinal() {
        var a = booked();

        assertThatThrownBy(() -> a.cancel(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.cancel("x".repeat(Appointment.REASON_MAX + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        a.cancel("  Patient is unwell ");

        assertThat(a.status()).isEqualTo(AppointmentStatus.CANCELLED);
        assertThat(a.cancelReason()).isEqualTo("Patient is unwell");
        assertThatThrownBy(() -> a.cancel("again")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(a::checkIn).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> a.complete(START.plusSeconds(60))).isInstanceOf(ConflictException.class);
    }
}
