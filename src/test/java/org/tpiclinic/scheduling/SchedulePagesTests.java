package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tpiclinic.scheduling.SchedulingFixture.NEW_PATIENT;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/** The front-desk schedule pages: staff only, bad input is a message and never a 500, nothing half-booked. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SchedulingFixture.class)
class SchedulePagesTests {

    static final ClinicUser DESK = ClinicUser.of(SchedulingFixture.DESK);

    @Autowired
    MockMvc mvc;
    @Autowired
    SchedulingFixture fixture;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Bookings bookings;

    SchedulingFixture.Practice practice;
    UUID patient;

    @BeforeEach
    void practice() {
        practice = fixture.practice();
        patient = fixture.patient("Pageslot");
    }

    long booked() {
        return jdbc.sql("SELECT COUNT(*) FROM appointments WHERE clinician_id = ? AND status <> 'CANCELLED'")
                .param(practice.clinicianId()).query(Long.class).single();
    }

    MockHttpServletRequestBuilder bookPost(Instant start, String key) {
        return post("/schedule/appointments").with(user(DESK)).with(csrf()).param("patientId", patient.toString())
                .param("typeId", NEW_PATIENT.toString()).param("idempotencyKey", key)
                .param("slot", practice.clinicianId() + "|" + practice.locationId() + "|" + start);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void bookingPageListsFreeTimesWithTheZoneAbbreviation() throws Exception {
        var html = perform(get("/schedule/book").with(user(DESK)).param("patientId", patient.toString())
                .param("typeId", NEW_PATIENT.toString()).param("locationId", practice.locationId().toString())
                .param("clinicianId", practice.clinicianId().toString())
                .param("date", fixture.at(3, LocalTime.NOON).atZone(SchedulingFixture.ZONE).toLocalDate().toString()))
                .getContentAsString();
        assertThat(html).contains("Booking for").contains("Book this time").containsPattern("8:00 AM E[SD]T")
                .contains("name=\"idempotencyKey\"");
    }

    @Test
    void aDoubleSubmittedFormBooksOnceAndTheDayAndWeekShowIt() throws Exception {
        var start = fixture.at(3, LocalTime.of(9, 0));
        var first = perform(bookPost(start, "double-" + UUID.randomUUID()));
        assertThat(first.getStatus()).isEqualTo(302);
        var key = "double-" + UUID.randomUUID();
        var other = fixture.at(3, LocalTime.of(11, 0));
        assertThat(perform(bookPost(other, key)).getStatus()).isEqualTo(302);
        assertThat(perform(bookPost(other, key)).getStatus()).isEqualTo(302);
        assertThat(booked()).isEqualTo(2);
        var day = start.atZone(SchedulingFixture.ZONE).toLocalDate();
        var dayHtml = perform(get("/schedule/locations/" + practice.locationId() + "/day").with(user(DESK))
                .param("date", day.toString())).getContentAsString();
        assertThat(dayHtml).contains("Pageslot").contains("9:00 AM – 9:30 AM").contains("11:00 AM");
        var weekHtml = perform(get("/schedule/clinicians/" + practice.clinicianId() + "/week").with(user(DESK))
                .param("start", day.toString())).getContentAsString();
        assertThat(weekHtml).contains("Pageslot").contains("New-patient consultation");
        var appointment = perform(get(first.getRedirectedUrl()).with(user(DESK)));
        assertThat(appointment.getContentAsString()).contains("Pageslot").contains("Check in");
    }

    @Test
    void theFrontDeskCanGiveTheReasonForTheVisitAndItShowsOnTheAppointmentAndTheDay() throws Exception {
        var start = fixture.at(5, LocalTime.of(14, 0));
        var form = perform(get("/schedule/book").with(user(DESK)).param("patientId", patient.toString())
                .param("typeId", NEW_PATIENT.toString()).param("locationId", practice.locationId().toString())
                .param("clinicianId", practice.clinicianId().toString())
                .param("date", start.atZone(SchedulingFixture.ZONE).toLocalDate().toString())).getContentAsString();
        assertThat(form).contains("Reason for the visit (optional)").contains("name=\"reason\"");
        var done = perform(bookPost(start, "reason-" + UUID.randomUUID()).param("reason", "Low back, six weeks"));
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(perform(get(done.getRedirectedUrl()).with(user(DESK))).getContentAsString())
                .contains("Low back, six weeks");
        var dayHtml = perform(get("/schedule/locations/" + practice.locationId() + "/day").with(user(DESK))
                .param("date", start.atZone(SchedulingFixture.ZONE).toLocalDate().toString())).getContentAsString();
        assertThat(dayHtml).contains("calendar-reason").contains("Low back, six weeks");
        var tooLong = perform(bookPost(fixture.at(5, LocalTime.of(16, 0)), "long-" + UUID.randomUUID())
                .param("reason", "x".repeat(501)));
        assertThat(tooLong.getStatus()).isEqualTo(400);
    }

    @Test
    void aVanishedSlotIsA409WithAlternativesAndNothingBooked() throws Exception {
        var start = fixture.at(4, LocalTime.of(10, 0));
        bookings.book(SchedulingFixture.DESK, new BookingRequest(fixture.patient("Faster"), practice.clinicianId(),
                practice.locationId(), NEW_PATIENT, start, UUID.randomUUID().toString()));
        var response = perform(bookPost(start, UUID.randomUUID().toString()));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("That time was just taken").contains("Nearest free times");
        assertThat(booked()).isEqualTo(1);
    }

    @Test
    void badInputIsA400WithAMessageAndNothingBooked() throws Exception {
        var past = perform(bookPost(fixture.at(-2, LocalTime.NOON), UUID.randomUUID().toString()));
        assertThat(past.getStatus()).isEqualTo(400);
        assertThat(past.getContentAsString()).contains("already passed");
        var outside = perform(bookPost(fixture.at(2, LocalTime.of(19, 0)), UUID.randomUUID().toString()));
        assertThat(outside.getStatus()).isEqualTo(400);
        assertThat(outside.getContentAsString()).contains("outside");
        var damaged = perform(post("/schedule/appointments").with(user(DESK)).with(csrf())
                .param("patientId", "not-a-uuid").param("typeId", NEW_PATIENT.toString())
                .param("slot", "garbage").param("idempotencyKey", "x".repeat(200)).param("count", "99"));
        assertThat(damaged.getStatus()).isEqualTo(400);
        assertThat(damaged.getContentAsString()).contains("patientId-error").contains("start-error")
                .contains("1 to 12 appointments");
        var unknownPatient = perform(post("/schedule/appointments").with(user(DESK)).with(csrf())
                .param("patientId", UUID.randomUUID().toString()).param("typeId", NEW_PATIENT.toString())
                .param("idempotencyKey", "k" + UUID.randomUUID())
                .param("slot", practice.clinicianId() + "|" + practice.locationId() + "|" + fixture.at(2, LocalTime.NOON)));
        assertThat(unknownPatient.getStatus()).isEqualTo(404);
        assertThat(booked()).isZero();
    }

    @Test
    void unknownAndMalformedIdsAre404And400() throws Exception {
        assertThat(perform(get("/schedule/appointments/" + UUID.randomUUID()).with(user(DESK))).getStatus())
                .isEqualTo(404);
        assertThat(perform(get("/schedule/locations/" + UUID.randomUUID() + "/day").with(user(DESK))).getStatus())
                .isEqualTo(404);
        assertThat(perform(get("/schedule/clinicians/nope/week").with(user(DESK))).getStatus()).isEqualTo(400);
        assertThat(perform(get("/schedule/locations/" + practice.locationId() + "/day").param("date", "someday")
                .with(user(DESK))).getStatus()).isEqualTo(400);
    }

    @Test
    void patientsAreRefusedEverySchedulePage() throws Exception {
        var portal = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "pat", "Pat", Role.PATIENT, patient));
        assertThat(perform(get("/schedule").with(user(portal))).getStatus()).isEqualTo(403);
        assertThat(perform(get("/schedule/book").with(user(portal))).getStatus()).isEqualTo(403);
        assertThat(perform(get("/schedule/locations/" + practice.locationId() + "/day").with(user(portal)))
                .getStatus()).isEqualTo(403);
        assertThat(perform(bookPost(fixture.at(2, LocalTime.NOON), "p" + UUID.randomUUID()).with(user(portal)))
                .getStatus()).isEqualTo(403);
        assertThat(booked()).isZero();
    }

    @Test
    void cancellingNeedsAReasonAndReschedulingChecksTheTime() throws Exception {
        var a = bookings.book(SchedulingFixture.DESK, new BookingRequest(patient, practice.clinicianId(),
                practice.locationId(), NEW_PATIENT, fixture.at(5, LocalTime.of(9, 0)), UUID.randomUUID().toString()));
        var url = "/schedule/appointments/" + a.id();
        var noReason = mvc.perform(post(url + "/cancel").with(user(DESK)).with(csrf()).param("reason", " ")).andReturn();
        assertThat(noReason.getFlashMap().get("reasonError")).isNotNull();
        var badTime = perform(post(url + "/reschedule").with(user(DESK)).with(csrf()).param("date", "2026-02-30")
                .param("time", "25:00"));
        assertThat(badTime.getStatus()).isEqualTo(400);
        assertThat(badTime.getContentAsString()).contains("id=\"reschedule-error\"");
        var day = fixture.at(5, LocalTime.NOON).atZone(SchedulingFixture.ZONE).toLocalDate();
        assertThat(perform(post(url + "/reschedule").with(user(DESK)).with(csrf()).param("date", day.toString())
                .param("time", "14:00")).getStatus()).isEqualTo(302);
        assertThat(perform(post(url + "/cancel").with(user(DESK)).with(csrf()).param("reason", "Feeling better"))
                .getStatus()).isEqualTo(302);
        assertThat(perform(post(url + "/check-in").with(user(DESK)).with(csrf())).getStatus()).isEqualTo(409);
        assertThat(booked()).isZero();
    }

    @Test
    void theStaffBookingFormFindsFreeTimesWithHtmxOrAsAPlainForm() throws Exception {
        var empty = perform(get("/schedule/book").with(user(DESK))).getContentAsString();
        assertThat(empty).contains("hx-boost=\"true\" hx-target=\"#main\" hx-select=\"#main\"")
                .doesNotContain("Book this time");
        var search = get("/schedule/book").with(user(DESK)).param("patientId", patient.toString())
                .param("typeId", NEW_PATIENT.toString()).param("locationId", practice.locationId().toString())
                .param("date", fixture.at(3, LocalTime.NOON).atZone(SchedulingFixture.ZONE).toLocalDate().toString());
        var plain = perform(search).getContentAsString();
        var boosted = perform(search.header("HX-Request", "true").header("HX-Boosted", "true")).getContentAsString();
        for (var html : List.of(plain, boosted)) {
            assertThat(html).contains("<main id=\"main\"").contains("Book this time").containsPattern("8:00 AM E[SD]T");
        }
    }
}
