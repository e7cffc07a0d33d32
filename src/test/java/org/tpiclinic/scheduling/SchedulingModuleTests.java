package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.scheduling.SchedulingFixture.DESK;
import static org.tpiclinic.scheduling.SchedulingFixture.FOLLOW_UP;
import static org.tpiclinic.scheduling.SchedulingFixture.key;

import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.tpiclinic.patients.PatientsMerged;
import org.tpiclinic.shared.AppointmentId;

/**
 * The scheduling module on its own (with the modules it depends on, none that depend on it): what it publishes
 * when appointments are booked and cancelled, and what it does when it hears that charts were merged.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SchedulingFixture.class)
class SchedulingModuleTests {

    @Autowired
    SchedulingFixture fixture;
    @Autowired
    Bookings bookings;
    @Autowired
    AppointmentDesk desk;
    @Autowired
    JdbcClient jdbc;

    @Test
    void bookingPublishesAppointmentBookedWithTheTimesInUtcAndTheLocationsZone(Scenario scenario) {
        var practice = fixture.practice();
        var patient = fixture.patient("Booked" + UUID.randomUUID().toString().substring(0, 8));
        Instant start = fixture.at(3, LocalTime.of(10, 0));

        scenario.stimulate(() -> bookings.book(DESK, new BookingRequest(patient, practice.clinicianId(),
                        practice.locationId(), FOLLOW_UP, start, key())))
                .andWaitForEventOfType(AppointmentBooked.class).matching(e -> e.patientId().equals(patient))
                .toArriveAndVerify(e -> {
                    assertThat(e.startAt()).isEqualTo(start);
                    assertThat(e.clinicianId()).isEqualTo(practice.clinicianId());
                    assertThat(e.zoneId()).isEqualTo(SchedulingFixture.ZONE.getId());
                });
    }

    @Test
    void cancellingPublishesTheFreedTimeAndTheReason(Scenario scenario) {
        var practice = fixture.practice();
        var patient = fixture.patient("Cancel" + UUID.randomUUID().toString().substring(0, 8));
        Instant start = fixture.at(4, LocalTime.of(11, 0));
        var booked = bookings.book(DESK, new BookingRequest(patient, practice.clinicianId(), practice.locationId(),
                FOLLOW_UP, start, key()));

        scenario.stimulate(() -> desk.cancel(DESK, AppointmentId.of(booked.id()), "Unwell"))
                .andWaitForEventOfType(AppointmentCancelled.class)
                .matching(e -> e.appointmentId().equals(booked.id()))
                .toArriveAndVerify(e -> {
                    assertThat(e.startAt()).isEqualTo(start);
                    assertThat(e.locationId()).isEqualTo(practice.locationId());
                    assertThat(e.reason()).isEqualTo("Unwell");
                });
    }

    @Test
    void aMergedChartsAppointmentsMoveToTheChartThatStays(Scenario scenario) {
        var practice = fixture.practice();
        var merged = fixture.patient("Merged" + UUID.randomUUID().toString().substring(0, 8));
        var survivor = fixture.patient("Survivor" + UUID.randomUUID().toString().substring(0, 8));
        var booked = bookings.book(DESK, new BookingRequest(merged, practice.clinicianId(), practice.locationId(),
                FOLLOW_UP, fixture.at(5, LocalTime.of(9, 0)), key()));

        scenario.publish(new PatientsMerged(merged, survivor, Instant.now(), "desk"))
                .andWaitForStateChange(() -> jdbc.sql("SELECT patient_id FROM appointments WHERE id = ?")
                        .param(booked.id()).query(UUID.class).single(), survivor::equals)
                .andVerify(owner -> assertThat(owner).isEqualTo(survivor));
    }
}
