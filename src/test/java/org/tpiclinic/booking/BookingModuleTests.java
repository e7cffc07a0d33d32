package org.tpiclinic.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.tpiclinic.patients.PatientsMerged;
import org.tpiclinic.scheduling.SchedulingFixture;

/**
 * The online booking module on its own (with scheduling and the modules below it, without notifications): a
 * request is announced with its link for the email, and a merged chart's requests follow it.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(SchedulingFixture.class)
class BookingModuleTests {

    @Autowired
    SchedulingFixture fixture;
    @Autowired
    OnlineBookings online;
    @Autowired
    JdbcClient jdbc;

    SchedulingFixture.Practice practice;

    @BeforeEach
    void practice() {
        practice = fixture.practice();
    }

    Application application(String family) {
        return new Application(practice.locationId(), SchedulingFixture.FOLLOW_UP, practice.clinicianId(),
                fixture.at(5, LocalTime.of(10, 0)), "Rosa", family, LocalDate.of(1975, 4, 2),
                family.toLowerCase() + "@example.com", "(303) 555-0188", "Neck pain");
    }

    @Test
    void aRequestIsAnnouncedWithItsConfirmationLinkAndBooksNothing(Scenario scenario) {
        String family = "Module" + UUID.randomUUID().toString().substring(0, 8);

        scenario.stimulate(() -> online.request(application(family)))
                .andWaitForEventOfType(OnlineBookingRequested.class)
                .matching(e -> e.name().equals("Rosa " + family))
                .toArriveAndVerify((event, requestId) -> {
                    assertThat(event.requestId()).isEqualTo(requestId);
                    assertThat(event.confirmLink()).contains("/book/confirm/");
                    assertThat(event.toString()).doesNotContain("/book/confirm/");
                    assertThat(jdbc.sql("SELECT COUNT(*) FROM appointments WHERE clinician_id = ?")
                            .param(practice.clinicianId())
                            .query(Long.class).single()).isZero();
                });
    }

    @Test
    void aMergedChartsRequestsMoveToTheChartThatStays(Scenario scenario) {
        var merged = fixture.patient("Merged" + UUID.randomUUID().toString().substring(0, 8));
        var survivor = fixture.patient("Survivor" + UUID.randomUUID().toString().substring(0, 8));
        var requestId = online.request(application("Merge" + UUID.randomUUID().toString().substring(0, 8)));
        jdbc.sql("UPDATE online_booking_requests SET patient_id = ? WHERE id = ?").params(merged, requestId).update();

        scenario.publish(new PatientsMerged(merged, survivor, Instant.now(), "desk"))
                .andWaitForStateChange(() -> jdbc.sql("SELECT patient_id FROM online_booking_requests WHERE id = ?")
                        .param(requestId).query(UUID.class).single(), survivor::equals)
                .andVerify(owner -> assertThat(owner).isEqualTo(survivor));
    }
}
