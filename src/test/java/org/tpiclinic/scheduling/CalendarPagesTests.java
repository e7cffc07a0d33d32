package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.tpiclinic.scheduling.SchedulingFixture.NEW_PATIENT;
import static org.tpiclinic.screening.Answer.NO;
import static org.tpiclinic.screening.Answer.NOT_ANSWERED;
import static org.tpiclinic.screening.Answer.YES;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
import org.tpiclinic.screening.intake.CareAnswers;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.Reported;
import org.tpiclinic.screening.intake.SafetyAnswers;
import org.tpiclinic.screening.intake.VisitAnswers;

/**
 * The four calendar pages (a clinician's or a location's day or week): appointments at local times with the
 * zone named, each patient's intake progress, free time to book from, one audited query per view; staff only;
 * bad ids and dates are a 404 or a message, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SchedulingFixture.class)
class CalendarPagesTests {

    static final ClinicUser DESK = ClinicUser.of(SchedulingFixture.DESK);

    @Autowired
    MockMvc mvc;
    @Autowired
    SchedulingFixture fixture;
    @Autowired
    Bookings bookings;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    JdbcClient jdbc;

    SchedulingFixture.Practice practice;
    LocalDate day;

    @BeforeEach
    void practice() {
        practice = fixture.practice();
        day = fixture.at(3, LocalTime.NOON).atZone(SchedulingFixture.ZONE).toLocalDate();
    }

    static ClinicUser staff(Role role) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase() + "-" + UUID.randomUUID(),
                "Staff", role, null));
    }

    UUID book(String family, LocalTime at) {
        var patient = fixture.patient(family);
        bookings.book(SchedulingFixture.DESK, new BookingRequest(patient, practice.clinicianId(),
                practice.locationId(), NEW_PATIENT, fixture.at(3, at), UUID.randomUUID().toString()));
        return patient;
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    String page(String path, ClinicUser who) throws Exception {
        var response = perform(get(path).with(user(who)));
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return response.getContentAsString();
    }

    String clinician(String span) {
        return "/schedule/clinicians/" + practice.clinicianId() + "/" + span + "?date=" + day;
    }

    String location(String span) {
        return "/schedule/locations/" + practice.locationId() + "/" + span + "?date=" + day;
    }

    @Test
    void everyViewShowsTheAppointmentAtLocalTimeWithItsIntakeProgressAndFreeTimeToBookFrom() throws Exception {
        var nothing = book("Notyet", LocalTime.of(9, 0));
        var halfway = book("Halfway", LocalTime.of(10, 0));
        var done = book("Alldone", LocalTime.of(11, 0));
        var me = CurrentUser.system("test");
        intake.saveVisit(me, halfway, new VisitAnswers("Neck pain", "Trapezius", day.minusMonths(3), 6, 5));
        intake.saveVisit(me, done, new VisitAnswers("Neck pain", "Trapezius", day.minusMonths(3), 6, 5));
        intake.saveCare(me, done, new CareAnswers(YES, NO, YES, NO, 8, NO, null, null, NOT_ANSWERED));
        intake.saveSafety(me, done, new SafetyAnswers(YES, NO, null, NO, NO, NO, NO, NO, NO,
                NO, NO, YES, null, null), List.<Reported.Allergy>of(), List.<Reported.Medication>of());

        for (var path : List.of(clinician("day"), clinician("week"), location("day"), location("week"))) {
            var html = page(path, DESK);
            assertThat(html).as(path).containsPattern("9:00 AM – 9:30 AM E[SD]T").contains("Notyet", "Halfway", "Alldone")
                    .contains("Intake not started", "Intake in progress", "Intake complete")
                    .contains("/patients/" + nothing + "/intake", "/patients/" + done + "/intake")
                    // Free time between and after the appointments, bookable with clinician, location and date.
                    .containsPattern("Free 11:(30|35|40|45) AM – 6:00 PM E[SD]T")
                    .contains("/schedule/book?clinicianId=" + practice.clinicianId() + "&amp;locationId="
                            + practice.locationId() + "&amp;date=" + day);
        }
        assertThat(page(location("day"), DESK)).contains("America/New_York");
        var monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        assertThat(page(location("week"), DESK)).contains("week of Mon " + monday.getDayOfMonth() + " ")
                .contains("date=" + monday.minusDays(7)).contains("date=" + monday.plusDays(7));
        assertThat(page(clinician("day"), DESK)).contains("date=" + day.minusDays(1)).contains("date=" + day.plusDays(1));
    }

    @Test
    void aCardMarksAPatientWhoseIntakeAnswersWaitForReview() throws Exception {
        var waiting = book("Waitreview", LocalTime.of(9, 0));
        var quiet = book("Nothingnew", LocalTime.of(10, 0));
        intake.saveSafety(CurrentUser.system("test"), waiting, new SafetyAnswers(NO, YES, null, NO, NO,
                NO, NO, NO, NO, NO, YES, YES, null, null),
                List.of(new Reported.Allergy("Latex", org.tpiclinic.patients.AllergyClass.LATEX)),
                List.<Reported.Medication>of());

        var html = page(clinician("day"), DESK);
        assertThat(html).contains("2 to review").contains("/patients/" + waiting + "/intake#proposals")
                .doesNotContain("/patients/" + quiet + "/intake#proposals");
    }

    @Test
    void theAppointmentPageShowsTheIntakeBadge() throws Exception {
        var patient = book("Badge", LocalTime.of(14, 0));
        var id = jdbc.sql("SELECT id FROM appointments WHERE patient_id = ?").param(patient).query(UUID.class).single();
        assertThat(page("/schedule/appointments/" + id, DESK)).contains("Intake not started")
                .contains("/patients/" + patient + "/intake");
    }

    @Test
    void eachViewIsOneAuditedQuery() throws Exception {
        book("Audited", LocalTime.of(9, 0));
        var desk = staff(Role.FRONT_DESK);
        page(location("week"), desk);
        var targets = jdbc.sql("SELECT target FROM audit_entries WHERE username = ? AND target LIKE 'week of%'")
                .param(desk.getUsername()).query(String.class).list();
        assertThat(targets).hasSize(1).allMatch(t -> t.endsWith("(1)"));
    }

    @Test
    void aLocationWithoutHoursSaysSoAndPastDaysOfferNothing() throws Exception {
        var empty = fixture.emptyLocation(ZoneId.of("America/Phoenix"));
        var html = page("/schedule/locations/" + empty + "/week", DESK);
        assertThat(html).contains("Nothing is booked this week and no free time is left to book")
                .contains("America/Phoenix (MST)").contains("No appointments and no free time.");
        var lastWeek = LocalDate.now().minusWeeks(1);
        assertThat(page("/schedule/locations/" + practice.locationId() + "/week?date=" + lastWeek, DESK))
                .contains("No appointments.").doesNotContain("Free ");
    }

    @Test
    void billingReadsTheScheduleButIsNotOfferedBooking() throws Exception {
        book("Readonly", LocalTime.of(9, 0));
        var html = page(location("day"), staff(Role.BILLING));
        assertThat(html).contains("Readonly").contains("Free ").doesNotContain("/schedule/book");
    }

    @Test
    void patientsAreRefusedEveryCalendarView() throws Exception {
        var patient = book("Refused", LocalTime.of(9, 0));
        var portal = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "pat", "Pat", Role.PATIENT, patient));
        for (var path : List.of(clinician("day"), clinician("week"), location("day"), location("week"))) {
            var response = perform(get(path).with(user(portal)));
            assertThat(response.getStatus()).as(path).isEqualTo(403);
            assertThat(response.getContentAsString()).doesNotContain("Refused");
        }
    }

    @Test
    void unknownIdsAre404AndMalformedOnes400() throws Exception {
        for (var path : List.of("/schedule/clinicians/" + UUID.randomUUID() + "/day",
                "/schedule/clinicians/" + UUID.randomUUID() + "/week", "/schedule/locations/" + UUID.randomUUID() + "/day",
                "/schedule/locations/" + UUID.randomUUID() + "/week")) {
            assertThat(perform(get(path).with(user(DESK))).getStatus()).as(path).isEqualTo(404);
        }
        assertThat(perform(get("/schedule/locations/nope/week").with(user(DESK))).getStatus()).isEqualTo(400);
        assertThat(perform(get("/schedule/locations/" + practice.locationId() + "/month").with(user(DESK)))
                .getStatus()).isEqualTo(404);
    }

    @ParameterizedTest
    // A signed or five-digit year never reaches the page: the input guard refuses it first (decision 27)
    @ValueSource(strings = { "someday", "2026-02-30", "1900-01-01", "2999-01-01" })
    void aBadDateShowsTodayWithTheMessageNextToTheDateField(String bad) throws Exception {
        for (var path : List.of("/schedule/clinicians/" + practice.clinicianId() + "/week",
                "/schedule/locations/" + practice.locationId() + "/day")) {
            var response = perform(get(path).param("date", bad).with(user(DESK)));
            assertThat(response.getStatus()).as(path + " " + bad).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("id=\"date-error\"", "aria-invalid=\"true\"")
                    .contains("is not a date we can show").contains("value=\"" + bad + "\"");
        }
    }

    @Test
    void dayAndWeekNavigationSwapsTheMainContentWithHtmxAndStillWorksAsPlainLinks() throws Exception {
        for (var path : List.of(clinician("day"), location("week"))) {
            var html = page(path, DESK);
            assertThat(html).as(path).contains("hx-boost=\"true\" hx-target=\"#main\" hx-select=\"#main\"")
                    .contains("<main id=\"main\"");
        }
        // Without JavaScript the previous-day link is an ordinary link to a whole page of that day...
        var previous = "/schedule/locations/" + practice.locationId() + "/day?date=" + day.minusDays(1);
        assertThat(page(location("day"), DESK)).contains("href=\"" + previous + "\"");
        var plain = page(previous, DESK);
        assertThat(plain).startsWith("<!DOCTYPE html>").contains("<main id=\"main\"")
                .contains("date=" + day.minusDays(2));
        // ...and the request htmx sends for it gets the same page, from which htmx takes the main content.
        var boosted = perform(get(previous).with(user(DESK)).header("HX-Request", "true").header("HX-Boosted", "true"));
        assertThat(boosted.getStatus()).isEqualTo(200);
        assertThat(boosted.getContentAsString()).contains("<title>").contains("<main id=\"main\"")
                .contains("date=" + day.minusDays(2));
    }
}
