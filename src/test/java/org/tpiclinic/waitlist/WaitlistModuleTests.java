package org.tpiclinic.waitlist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientsMerged;
import org.tpiclinic.scheduling.AppointmentCancelled;
import org.tpiclinic.scheduling.AppointmentType;
import org.tpiclinic.scheduling.AppointmentTypes;
import org.tpiclinic.scheduling.SchedulingFixture;

/**
 * The waitlist module on its own (with scheduling and the modules below it, without notifications): it hears a
 * cancellation and offers the freed time by publishing {@link WaitlistOfferMade}; it hears that charts merged and
 * moves the entries.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = { "tpi.waitlist.scheduled=false", "tpi.waitlist.offers-per-slot=1" })
@Import(SchedulingFixture.class)
class WaitlistModuleTests {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final CurrentUser DESK = new CurrentUser(UUID.randomUUID(), "desk", "Desk", Role.FRONT_DESK, null);

    @Autowired
    Waitlist waitlist;
    @Autowired
    AppointmentTypes types;
    @Autowired
    SchedulingFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    java.time.Clock clock;

    UUID type;
    UUID location;
    UUID clinician;

    @BeforeEach
    void practice() {
        String code = "WM_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        type = types.save(AppointmentType.define(code, new AppointmentType.Rules("Module visit " + code, 30, 0,
                true, 0, 90, 24))).id();
        var practice = fixture.practice("Module " + code, ZONE, Set.of(type));
        location = practice.locationId();
        clinician = practice.clinicianId();
    }

    UUID patient(String family) {
        return fixture.patient(family);
    }

    UUID waiting(UUID patientId) {
        return waitlist.add(DESK, patientId, new WaitlistRequest(type, null, null, List.of(), null, null, null)).id();
    }

    @Test
    void aCancelledTimeIsOfferedToTheWaitingPatientWithALinkForTheEmail(Scenario scenario) {
        var patient = patient("Waiting" + UUID.randomUUID().toString().substring(0, 8));
        var entry = waiting(patient);
        Instant start = LocalDate.now(clock.withZone(ZONE)).plusDays(3).atTime(10, 0).atZone(ZONE).toInstant();
        var cancelled = new AppointmentCancelled(UUID.randomUUID(), patient("Holder" + UUID.randomUUID()
                .toString().substring(0, 8)), clinician, location, type, start, start.plusSeconds(1800), ZONE.getId(),
                "Unwell", 2);

        scenario.publish(cancelled)
                .andWaitForEventOfType(WaitlistOfferMade.class).matching(e -> e.patientId().equals(patient))
                .toArriveAndVerify(offer -> {
                    assertThat(offer.link()).contains("/waitlist/offers/");
                    assertThat(jdbc.sql("SELECT status FROM waitlist_entries WHERE id = ?").param(entry)
                            .query(String.class).single()).isEqualTo("OFFERED");
                });
    }

    @Test
    void aMergedChartsEntriesMoveToTheChartThatStays(Scenario scenario) {
        var merged = patient("Merged" + UUID.randomUUID().toString().substring(0, 8));
        var survivor = patient("Survivor" + UUID.randomUUID().toString().substring(0, 8));
        var entry = waiting(merged);

        scenario.publish(new PatientsMerged(merged, survivor, Instant.now(), "desk"))
                .andWaitForStateChange(() -> jdbc.sql("SELECT patient_id FROM waitlist_entries WHERE id = ?")
                        .param(entry).query(UUID.class).single(), survivor::equals)
                .andVerify(owner -> assertThat(owner).isEqualTo(survivor));
    }
}
