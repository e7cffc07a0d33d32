package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tpiclinic.scheduling.SchedulingFixture.DESK;
import static org.tpiclinic.scheduling.SchedulingFixture.FOLLOW_UP;
import static org.tpiclinic.scheduling.SchedulingFixture.NEW_PATIENT;
import static org.tpiclinic.scheduling.SchedulingFixture.key;

import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.patients.DuplicateCharts;
import org.tpiclinic.shared.ConflictException;

/** A merged duplicate chart's appointments follow it to the chart that stays; a clash stops the merge. */
@SpringBootTest
@Import(SchedulingFixture.class)
class PatientMergeTests {

    @Autowired
    SchedulingFixture fixture;
    @Autowired
    Bookings bookings;
    @Autowired
    DuplicateCharts duplicates;
    @Autowired
    JdbcClient jdbc;

    UUID patientOf(Appointment a) {
        return jdbc.sql("SELECT patient_id FROM appointments WHERE id = ?").param(a.id()).query(UUID.class).single();
    }

    @Test
    void theDuplicatesAppointmentsMoveToTheChartThatStays() {
        var practice = fixture.practice();
        var survivor = fixture.patient("Stays");
        var duplicate = fixture.patient("Goes");
        var a = bookings.book(DESK, new BookingRequest(duplicate, practice.clinicianId(), practice.locationId(),
                NEW_PATIENT, fixture.at(3, LocalTime.of(9, 0)), key()));
        duplicates.merge(DESK, duplicate, survivor, "Same person");
        assertThat(patientOf(a)).isEqualTo(survivor);
    }

    @Test
    void overlappingAppointmentsOnBothChartsStopTheMergeAndChangeNothing() {
        var practice = fixture.practice();
        var other = fixture.practice();
        var survivor = fixture.patient("Clash");
        var duplicate = fixture.patient("Clash");
        var start = fixture.at(4, LocalTime.of(11, 0));
        bookings.book(DESK, new BookingRequest(survivor, practice.clinicianId(), practice.locationId(), FOLLOW_UP,
                start, key()));
        var b = bookings.book(DESK, new BookingRequest(duplicate, other.clinicianId(), other.locationId(), FOLLOW_UP,
                start, key()));
        assertThatThrownBy(() -> duplicates.merge(DESK, duplicate, survivor, "Same person"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Both charts have an appointment");
        assertThat(patientOf(b)).isEqualTo(duplicate);
        assertThat(duplicates.survivorOf(duplicate)).isEqualTo(duplicate);
    }
}
