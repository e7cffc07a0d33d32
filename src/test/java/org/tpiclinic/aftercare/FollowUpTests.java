package org.tpiclinic.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.scheduling.Availability;
import org.tpiclinic.scheduling.Clinician;
import org.tpiclinic.scheduling.Clinicians;
import org.tpiclinic.scheduling.Location;
import org.tpiclinic.scheduling.Locations;

/**
 * The plan offers real free follow-up times 7 to 14 days after the session with the same clinician at the same
 * place, and the patient books one in one step; a time not offered, or a second booking, is refused plainly.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpTests {

    static final UUID FOLLOW_UP = UUID.fromString("6f1d3c3e-0004-4c5e-9a61-3a1f00000004");
    static final ZoneId ZONE = ZoneId.of("America/New_York");

    @Autowired
    ApplicationContext context;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Locations locations;
    @Autowired
    Clinicians clinicians;
    @Autowired
    Availability availability;
    @Autowired
    AftercarePlans plans;
    @Autowired
    FollowUps followUps;

    @Test
    void thePatientBooksAnOfferedFollowUpInOneStepAndOnlyOnce() throws Exception {
        var location = locations.save(Location.open("Aftercare " + UUID.randomUUID(), "1 Main St", "(631) 555-0100",
                ZONE));
        var clinician = clinicians.save(Clinician.of(UUID.randomUUID(), "Dr. Follow", Set.of(FOLLOW_UP)));
        for (var day : DayOfWeek.values()) {
            availability.addHours(ClinicianId.of(clinician.id()), LocationId.of(location.id()), day, LocalTime.of(9, 0), LocalTime.of(12, 0));
        }
        var fixture = new AftercareFixture(context);
        var patient = fixture.patient("Follow", "English", null);
        var me = AftercareFixture.asPatient(patient);
        var today = LocalDate.now(ZONE);
        var id = fixture.publishAndAwaitPlan(AftercareFixture.signed(patient, clinician.id(), location.id(), today, 6,
                AftercareFixture.sites("DELTOID_L")));
        var plan = plans.get(me, id);
        assertThat(plan.followUpFrom()).isEqualTo(today.plusDays(7));
        assertThat(plan.followUpTo()).isEqualTo(today.plusDays(14));

        var offered = followUps.offer(plan);
        assertThat(offered).isNotEmpty().hasSizeLessThanOrEqualTo(FollowUps.MAX_OFFERED).allSatisfy(slot -> {
            assertThat(slot.clinicianId()).isEqualTo(clinician.id());
            assertThat(slot.typeId()).isEqualTo(FOLLOW_UP);
            assertThat(slot.localStart().toLocalDate()).isBetween(today.plusDays(7), today.plusDays(14));
        });
        var chosen = offered.get(1);
        var page = mvc.perform(get("/my/aftercare/" + id).with(user(ClinicUser.of(me)))).andReturn().getResponse();
        assertThat(page.getContentAsString()).contains("Book " + chosen.label());

        var notOffered = mvc.perform(post("/my/aftercare/" + id + "/follow-up").with(user(ClinicUser.of(me)))
                .with(csrf()).param("clinicianId", clinician.id().toString())
                .param("locationId", location.id().toString())
                .param("start", chosen.start().plusSeconds(60).toString())).andReturn();
        assertThat(notOffered.getFlashMap().get("problem")).asString().contains("no longer free");

        var booked = mvc.perform(post("/my/aftercare/" + id + "/follow-up").with(user(ClinicUser.of(me))).with(csrf())
                .param("clinicianId", clinician.id().toString()).param("locationId", location.id().toString())
                .param("start", chosen.start().toString())).andReturn().getResponse();
        assertThat(booked.getStatus()).isEqualTo(302);
        var appointment = plans.get(me, id).followUpAppointmentId();
        assertThat(appointment).isNotNull();
        assertThat(fixture.count("SELECT COUNT(*) FROM appointments WHERE id = ? AND patient_id = ? AND type_id = ? "
                + "AND clinician_id = ?", appointment, patient, FOLLOW_UP, clinician.id())).isOne();
        assertThat(followUps.offer(plans.get(me, id))).as("nothing more to offer").isEmpty();

        var again = mvc.perform(post("/my/aftercare/" + id + "/follow-up").with(user(ClinicUser.of(me))).with(csrf())
                .param("clinicianId", clinician.id().toString()).param("locationId", location.id().toString())
                .param("start", offered.get(2).start().toString())).andReturn();
        assertThat(again.getFlashMap().get("problem")).asString().contains("already booked");
        assertThat(fixture.count("SELECT COUNT(*) FROM appointments WHERE patient_id = ?", patient)).isOne();
        assertThat(mvc.perform(get("/my/aftercare/" + id).with(user(ClinicUser.of(me)))).andReturn().getResponse()
                .getContentAsString()).contains("Your follow-up visit is booked");
    }
}
