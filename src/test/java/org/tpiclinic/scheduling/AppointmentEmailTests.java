package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.scheduling.SchedulingFixture.DESK;
import static org.tpiclinic.scheduling.SchedulingFixture.NEW_PATIENT;
import static org.tpiclinic.scheduling.SchedulingFixture.key;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.EventDeliveries;
import org.tpiclinic.shared.AppointmentId;

/**
 * Booking and cancelling reach the patient's inbox: the notifications module listens to scheduling's events (after
 * commit, through the event publication registry) and writes confirmation, reminders and cancellation to the
 * outbox.
 */
@SpringBootTest
@Import(SchedulingFixture.class)
class AppointmentEmailTests {

    @Autowired
    SchedulingFixture fixture;
    @Autowired
    Bookings bookings;
    @Autowired
    AppointmentDesk desk;
    @Autowired
    JdbcClient jdbc;

    List<String> keys(UUID appointmentId) {
        return jdbc.sql("SELECT dedupe_key FROM outbox_messages WHERE dedupe_key LIKE ? ORDER BY dedupe_key")
                .param("appt:" + appointmentId + ":%").query(String.class).list();
    }

    @Test
    void aBookingQueuesItsConfirmationAndRemindersAndACancellationItsNotice() {
        var practice = fixture.practice();
        var patient = fixture.patient("Mailable", "pat.mailable@example.com");
        var start = fixture.at(6, LocalTime.of(10, 0));
        var appointment = bookings.book(DESK, new BookingRequest(patient, practice.clinicianId(),
                practice.locationId(), NEW_PATIENT, start, key()));

        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(keys(appointment.id()))
                .contains("appt:" + appointment.id() + ":confirm:0")
                .anyMatch(k -> k.contains(":reminder:0:48h")).anyMatch(k -> k.contains(":reminder:0:2h")));
        assertThat(jdbc.sql("SELECT recipient FROM outbox_messages WHERE dedupe_key = ?")
                .param("appt:" + appointment.id() + ":confirm:0").query(String.class).single())
                .isEqualTo("pat.mailable@example.com");

        desk.cancel(DESK, AppointmentId.of(appointment.id()), "Patient unwell");
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(keys(appointment.id()))
                .anyMatch(k -> k.contains(":cancel:")));
    }

    @Test
    void aPatientWithoutEmailGetsNoMessage() throws Exception {
        var practice = fixture.practice();
        var patient = fixture.patient("Offline");
        var appointment = bookings.book(DESK, new BookingRequest(patient, practice.clinicianId(),
                practice.locationId(), NEW_PATIENT, fixture.at(7, LocalTime.of(9, 0)), key()));
        EventDeliveries.awaitCompleted(jdbc, appointment.id());
        assertThat(keys(appointment.id())).isEmpty();
    }
}
