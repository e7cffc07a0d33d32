package org.tpiclinic.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.TestSmtp;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.notifications.Outbox;
import org.tpiclinic.notifications.OutboxTestDispatch;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.scheduling.AppointmentType;
import org.tpiclinic.scheduling.AppointmentDesk;
import org.tpiclinic.scheduling.AppointmentTypes;
import org.tpiclinic.scheduling.BookingRequest;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.scheduling.Clinicians;
import org.tpiclinic.scheduling.SchedulingFixture;
import org.tpiclinic.shared.ForbiddenException;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.AppointmentId;

/**
 * The public booking journey through MockMvc, with the verification email delivered over real SMTP to
 * GreenMail and its link followed; patients' self-service; the abuse guards.
 */
@SpringBootTest(properties = { "tpi.notifications.from=appointments@bluepoint.test",
        "tpi.notifications.scheduled=false" })
@AutoConfigureMockMvc
@Import(SchedulingFixture.class)
class OnlineBookingTests {

    static final int SMTP_PORT = TestSmtp.freePort();
    static final UUID FOLLOW_UP = UUID.fromString("6f1d3c3e-0004-4c5e-9a61-3a1f00000004");
    static final UUID TPI = UUID.fromString("6f1d3c3e-0002-4c5e-9a61-3a1f00000002");
    static final ZoneId ZONE = ZoneId.of("America/New_York");
    static final CurrentUser DESK = new CurrentUser(UUID.randomUUID(), "desk", "Desk", Role.FRONT_DESK, null);
    static final Pattern LINK = Pattern.compile("http://localhost:8080(/book/confirm/[A-Za-z0-9_-]+)");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.pointMailAt(registry, SMTP_PORT);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    SchedulingFixture fixture;
    @Autowired
    Clinicians clinicians;
    @Autowired
    AppointmentTypes types;
    @Autowired
    PatientRegistry patients;
    @Autowired
    Bookings bookings;
    @Autowired
    java.time.Clock clock;

    UUID location;
    UUID clinician;
    String address;

    @BeforeEach
    void practice() throws Exception {
        var practice = fixture.practice("Online", ZONE, Set.of(FOLLOW_UP, TPI));
        location = practice.locationId();
        clinician = practice.clinicianId();
        address = "test-" + UUID.randomUUID(); // one client address per test, so limits do not interfere
        OutboxTestDispatch.dispatchDue(context);
        greenMail.purgeEmailFromAllMailboxes();
    }

    Instant at(int days, LocalTime time) {
        return fixture.at(ZONE, days, time);
    }

    String slot(Instant start) {
        return clinician + "|" + start;
    }

    MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request) {
        return request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
    }

    MockHttpServletRequestBuilder application(UUID type, Instant start, String family, String email) {
        return application(type.toString(), slot(start), family, email, "1975-04-02", "(631) 555-0188",
                "Neck pain for three weeks");
    }

    MockHttpServletRequestBuilder application(String type, String slot, String family, String email, String dob,
            String phone, String reason) {
        return from(post("/book").with(csrf())).param("locationId", location.toString())
                .param("typeId", type).param("slot", slot).param("givenName", "Rosa")
                .param("familyName", family).param("dateOfBirth", dob).param("email", email)
                .param("phone", phone).param("reason", reason);
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    long requests(String family) {
        return jdbc.sql("SELECT COUNT(*) FROM online_booking_requests WHERE family_name = ?").param(family)
                .query(Long.class).single();
    }

    long appointmentsAt(Instant start) {
        return jdbc.sql("SELECT COUNT(*) FROM appointments WHERE clinician_id = ? AND start_at = ? AND status <> 'CANCELLED'")
                .params(clinician, start.atOffset(java.time.ZoneOffset.UTC)).query(Long.class).single();
    }

    /** Submits, waits for the outbox, sends the mail over SMTP and returns the link path it carries. */
    String submitAndReadLink(UUID type, Instant start, String family, String email) throws Exception {
        var response = perform(application(type, start, family, email));
        assertThat(response.getRedirectedUrl()).isEqualTo("/book/sent");
        UUID requestId = jdbc.sql("SELECT id FROM online_booking_requests WHERE family_name = ?").param(family)
                .query(UUID.class).single();
        String key = "book:" + requestId + ":verify";
        long deadline = System.currentTimeMillis() + 10_000;
        while (outbox.findByDedupeKey(key).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertThat(outbox.findByDedupeKey(key)).isPresent();
        OutboxTestDispatch.dispatchDue(context);
        assertThat(greenMail.waitForIncomingEmail(5000, 1)).isTrue();
        MimeMessage mail = greenMail.getReceivedMessages()[greenMail.getReceivedMessages().length - 1];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        String text = TestSmtp.plainText(mail);
        var link = LINK.matcher(text);
        assertThat(link.find()).as(text).isTrue();
        return link.group(1);
    }

    @Test
    void thePublicPageOffersOnlyOnlineTypesAndShowsLocalTimesWithTheZone() throws Exception {
        var html = perform(get("/book").param("locationId", location.toString()).param("typeId", FOLLOW_UP.toString()))
                .getContentAsString();
        assertThat(html).contains("Follow-up").doesNotContain("TPI session").contains("America/New_York")
                .containsPattern("\\d{1,2}:\\d{2} [AP]M E[SD]T").contains("name=\"website\"");
    }

    @Test
    void aRequestIsVerifiedByEmailAndThenBookedOnce() throws Exception {
        var start = at(5, LocalTime.of(10, 0));
        String family = "Verify" + UUID.randomUUID().toString().substring(0, 8);
        String link = submitAndReadLink(FOLLOW_UP, start, family, family.toLowerCase() + "@example.com");
        assertThat(appointmentsAt(start)).isZero(); // not booked before confirmation

        assertThat(perform(get("/book/sent")).getContentAsString()).contains("Check your email")
                .contains("within 120 minutes");
        assertThat(perform(from(get(link))).getContentAsString()).contains("Confirm");
        var first = perform(from(post(link).with(csrf())));
        var second = perform(from(post(link).with(csrf()))); // a double click
        assertThat(first.getRedirectedUrl()).isEqualTo(link);
        assertThat(second.getRedirectedUrl()).isEqualTo(link);
        assertThat(appointmentsAt(start)).isEqualTo(1);
        assertThat(perform(from(get(link))).getContentAsString()).contains("Your appointment is booked");
        var key = jdbc.sql("SELECT a.idempotency_key FROM appointments a JOIN online_booking_requests r"
                + " ON r.appointment_id = a.id WHERE r.family_name = ?").param(family).query(String.class).single();
        assertThat(jdbc.sql("SELECT CAST(id AS VARCHAR(40)) FROM online_booking_requests WHERE family_name = ?")
                .param(family).query(String.class).single()).isEqualTo(key);
    }

    @Test
    void anExistingPatientWithTheSameNameBirthDateAndEmailIsLinkedNotRegisteredAgain() throws Exception {
        String family = "Known" + UUID.randomUUID().toString().substring(0, 8);
        String email = family.toLowerCase() + "@example.com";
        var existing = patients.register(CurrentUser.system("test"), new PatientDetails("Rosa", family, null,
                LocalDate.of(1975, 4, 2), Sex.FEMALE, null, email.toUpperCase(), null, null, null, null, null, null,
                null), true).registered().id();
        var start = at(6, LocalTime.of(11, 0));
        String link = submitAndReadLink(FOLLOW_UP, start, family, email);
        perform(from(post(link).with(csrf())));
        assertThat(jdbc.sql("SELECT patient_id FROM online_booking_requests WHERE family_name = ?").param(family)
                .query(UUID.class).single()).isEqualTo(existing);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM patients WHERE family_name = ?").param(family)
                .query(Long.class).single()).isEqualTo(1);
    }

    String requestStatus(String family) {
        return jdbc.sql("SELECT status FROM online_booking_requests WHERE family_name = ?").param(family)
                .query(String.class).single();
    }

    long charts(String family) {
        return jdbc.sql("SELECT COUNT(*) FROM patients WHERE family_name = ?").param(family).query(Long.class)
                .single();
    }

    @Test
    void aNamesakeWithAnotherEmailWaitsForTheFrontDeskWhoLinksItToTheExistingChart() throws Exception {
        String family = "Namesake" + UUID.randomUUID().toString().substring(0, 8);
        var existing = patients.register(CurrentUser.system("test"), new PatientDetails("Rosa", family, null,
                LocalDate.of(1975, 4, 2), Sex.FEMALE, "631-555-0188", "old-" + family + "@example.com", null, null,
                null, null, null, null, null), true).registered().id();
        var start = at(10, LocalTime.of(10, 0));
        String link = submitAndReadLink(FOLLOW_UP, start, family, "new-" + family.toLowerCase() + "@example.com");
        perform(from(post(link).with(csrf())));
        assertThat(charts(family)).as("no second chart").isEqualTo(1);
        assertThat(appointmentsAt(start)).isZero();
        assertThat(requestStatus(family)).isEqualTo("AWAITING_MATCH");
        assertThat(perform(from(get(link))).getContentAsString()).contains("Our front desk checks that it is yours");

        var staff = ClinicUser.of(DESK);
        var queue = perform(get("/schedule/online-requests").with(user(staff))).getContentAsString();
        assertThat(queue).contains("Whose chart is it?").contains(family).contains("same phone")
                .contains("Link to this chart");
        UUID requestId = jdbc.sql("SELECT id FROM online_booking_requests WHERE family_name = ?").param(family)
                .query(UUID.class).single();
        var billing = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "bill", "Bill", Role.BILLING, null));
        assertThat(perform(post("/schedule/online-requests/" + requestId + "/link").with(user(billing)).with(csrf())
                .param("patientId", existing.toString())).getStatus()).isEqualTo(403);

        var linked = perform(post("/schedule/online-requests/" + requestId + "/link").with(user(staff)).with(csrf())
                .param("patientId", existing.toString()));
        assertThat(linked.getRedirectedUrl()).startsWith("/schedule/appointments/");
        assertThat(jdbc.sql("SELECT patient_id FROM appointments WHERE clinician_id = ? AND start_at = ?")
                .params(clinician, start.atOffset(java.time.ZoneOffset.UTC)).query(UUID.class).single())
                .isEqualTo(existing);
        assertThat(charts(family)).isEqualTo(1);
        assertThat(perform(post("/schedule/online-requests/" + requestId + "/new-chart").with(user(staff))
                .with(csrf())).getStatus()).as("decided once").isEqualTo(409);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND target LIKE ?")
                .params(existing, "online request " + requestId + " matched%").query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theFrontDeskRegistersANewChartForANamesakeWhoIsSomeoneElse() throws Exception {
        String family = "Other" + UUID.randomUUID().toString().substring(0, 8);
        var existing = patients.register(CurrentUser.system("test"), new PatientDetails("Rosa", family, null,
                LocalDate.of(1975, 4, 2), Sex.FEMALE, null, null, null, null, null, null, null, null, null), true)
                .registered().id();
        var start = at(11, LocalTime.of(10, 0));
        String link = submitAndReadLink(FOLLOW_UP, start, family, family.toLowerCase() + "@example.com");
        perform(from(post(link).with(csrf())));
        UUID requestId = jdbc.sql("SELECT id FROM online_booking_requests WHERE family_name = ?").param(family)
                .query(UUID.class).single();
        var staff = ClinicUser.of(DESK);
        var stranger = patients.register(CurrentUser.system("test"), new PatientDetails("Somebody", "Else" + family,
                null, LocalDate.of(1990, 1, 1), Sex.MALE, null, null, null, null, null, null, null, null, null), true)
                .registered().id();
        assertThat(perform(post("/schedule/online-requests/" + requestId + "/link").with(user(staff)).with(csrf())
                .param("patientId", stranger.toString())).getStatus()).as("not a candidate").isEqualTo(409);

        var created = perform(post("/schedule/online-requests/" + requestId + "/new-chart").with(user(staff))
                .with(csrf()));
        assertThat(created.getRedirectedUrl()).startsWith("/schedule/appointments/");
        assertThat(charts(family)).isEqualTo(2);
        assertThat(jdbc.sql("SELECT patient_id FROM appointments WHERE clinician_id = ? AND start_at = ?")
                .params(clinician, start.atOffset(java.time.ZoneOffset.UTC)).query(UUID.class).single())
                .isNotEqualTo(existing);
        assertThat(requestStatus(family)).isEqualTo("BOOKED");
    }

    UUID bookedAppointment(String family) {
        return jdbc.sql("SELECT appointment_id FROM online_booking_requests WHERE family_name = ? AND status = 'BOOKED'")
                .param(family).query(UUID.class).list().get(0);
    }

    @Test
    void theReasonTypedAtBookReachesTheAppointmentTheCalendarAndTheIntake() throws Exception {
        var start = at(12, LocalTime.of(10, 0));
        String family = "Reason" + UUID.randomUUID().toString().substring(0, 8);
        String link = submitAndReadLink(FOLLOW_UP, start, family, family.toLowerCase() + "@example.com");
        perform(from(post(link).with(csrf())));
        UUID id = bookedAppointment(family);
        assertThat(jdbc.sql("SELECT reason FROM appointments WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("Neck pain for three weeks");

        var staff = ClinicUser.of(DESK);
        assertThat(perform(get("/schedule/appointments/" + id).with(user(staff))).getContentAsString())
                .contains("Reason for the visit").contains("Neck pain for three weeks");
        var day = LocalDate.ofInstant(start, ZONE);
        assertThat(perform(get("/schedule/locations/" + location + "/day").param("date", day.toString())
                .with(user(staff))).getContentAsString()).contains("calendar-reason")
                .contains("Neck pain for three weeks");
        UUID patient = jdbc.sql("SELECT patient_id FROM appointments WHERE id = ?").param(id).query(UUID.class).single();
        assertThat(perform(get("/patients/" + patient + "/intake").with(user(staff))).getContentAsString())
                .contains("value=\"Neck pain for three weeks\"");
    }

    @Test
    void theConfirmPageShowsWhatIsBeingConfirmedThenTheCalendarFileAndTheIntake() throws Exception {
        var start = at(13, LocalTime.of(14, 30));
        String family = "Summary" + UUID.randomUUID().toString().substring(0, 8);
        String link = submitAndReadLink(FOLLOW_UP, start, family, family.toLowerCase() + "@example.com");
        var before = perform(from(get(link))).getContentAsString();
        assertThat(before).contains("Confirm your appointment").containsPattern("2:30 PM E[SD]T")
                .contains("America/New_York").contains("Follow-up").contains("Dr. Online").contains("1 Main St")
                .doesNotContain("appointment.ics");
        assertThat(perform(from(get(link + "/appointment.ics"))).getStatus()).as("nothing booked yet").isEqualTo(404);

        perform(from(post(link).with(csrf())));
        var after = perform(from(get(link))).getContentAsString();
        assertThat(after).contains("Your appointment is booked").containsPattern("2:30 PM E[SD]T")
                .contains("1 Main St").contains(link + "/appointment.ics").contains(link + "/intake");

        var ics = perform(from(get(link + "/appointment.ics")));
        assertThat(ics.getStatus()).isEqualTo(200);
        assertThat(ics.getContentType()).startsWith("text/calendar");
        assertThat(ics.getHeader("Content-Disposition")).contains("attachment").contains("appointment.ics");
        assertThat(ics.getContentAsString()).contains("BEGIN:VCALENDAR").contains("BEGIN:VTIMEZONE")
                .contains("DTSTART;TZID=America/New_York:" + start.atZone(ZONE).toLocalDateTime()
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")))
                .contains("UID:" + bookedAppointment(family) + "@tpiclinic");

        var intake = perform(from(post(link + "/intake").with(csrf())));
        assertThat(intake.getRedirectedUrl()).startsWith("/intake/");
        var page = perform(from(get(intake.getRedirectedUrl())));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Neck pain for three weeks");
    }

    @Test
    void aPatientResubmittingTheirOwnBookingSeesBookedNotNoLongerFree() throws Exception {
        var start = at(14, LocalTime.of(9, 30));
        String family = "Twice" + UUID.randomUUID().toString().substring(0, 8);
        String email = family.toLowerCase() + "@example.com";
        String first = submitAndReadLink(FOLLOW_UP, start, family, email);
        perform(application(FOLLOW_UP, start, family, email)); // the form sent again (back button, double click)
        UUID secondId = jdbc.sql("SELECT id FROM online_booking_requests WHERE family_name = ? ORDER BY created_at DESC")
                .param(family).query(UUID.class).list().get(0);
        perform(from(post(first).with(csrf())));
        // The second request's link: the token is only in its email, so confirm it through the service.
        var second = context.getBean(OnlineBookings.class);
        var token = OnlineBookings.token();
        jdbc.sql("UPDATE online_booking_requests SET token_hash = ? WHERE id = ?").params(OnlineBookings.hash(token),
                secondId).update();
        var again = perform(from(post("/book/confirm/" + token).with(csrf())));
        assertThat(again.getStatus()).isEqualTo(302);
        assertThat(perform(from(get("/book/confirm/" + token))).getContentAsString())
                .contains("Your appointment is booked").doesNotContain("no longer free");
        assertThat(appointmentsAt(start)).isEqualTo(1);
        assertThat(second.byToken(token).appointmentId()).isEqualTo(bookedAppointment(family));

        var me = patientAccount("Again" + UUID.randomUUID().toString().substring(0, 8));
        var mine = at(14, LocalTime.of(11, 0));
        for (int i = 0; i < 2; i++) { // two tabs, two keys
            assertThat(perform(post("/book/self").with(user(me)).with(csrf()).param("locationId", location.toString())
                    .param("typeId", FOLLOW_UP.toString()).param("slot", slot(mine)).param("reason", "Shoulder")
                    .param("idempotencyKey", UUID.randomUUID().toString())).getRedirectedUrl())
                    .isEqualTo("/my/appointments");
        }
        assertThat(appointmentsAt(mine)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT reason FROM appointments WHERE patient_id = ?").param(me.current().patientId())
                .query(String.class).single()).isEqualTo("Shoulder");
    }

    @Test
    void aValidationErrorKeepsTheBirthDateTheWeekAndTheChosenTimeAndSummarisesTheProblems() throws Exception {
        var start = at(16, LocalTime.of(11, 0));
        var week = LocalDate.ofInstant(start, ZONE).minusDays(2);
        String family = "Keep" + UUID.randomUUID().toString().substring(0, 8);
        var response = perform(application(FOLLOW_UP.toString(), slot(start), family, "not-an-email", "1975-04-02",
                "(631) 555-0188", "Neck pain").param("date", week.toString()));
        assertThat(response.getStatus()).isEqualTo(400);
        var html = response.getContentAsString();
        assertThat(html).contains("value=\"1975-04-02\"")
                .contains("name=\"date\" value=\"" + week + "\"")
                .containsPattern("value=\"" + Pattern.quote(slot(start)) + "\"[^>]*checked")
                .contains("There is a problem with your request").contains("href=\"#email\"")
                .contains("autocomplete=\"bday\"").contains("autocomplete=\"given-name\"")
                .contains("autocomplete=\"email\"").contains("autocomplete=\"tel\"")
                .contains("(required)").contains("1 Main St").contains("America/New_York")
                .contains(" · Dr. Online").contains("Later times")
                .contains("date=" + week.plusDays(7));
        assertThat(requests(family)).isZero();
    }

    @Test
    void aTakenTimeOffersTheNearestFreeTimesAndOneCanBeChosen() throws Exception {
        var start = at(7, LocalTime.of(9, 0));
        String family = "Taken" + UUID.randomUUID().toString().substring(0, 8);
        String link = submitAndReadLink(FOLLOW_UP, start, family, family.toLowerCase() + "@example.com");
        var other = patients.register(CurrentUser.system("test"), new PatientDetails("Other", "Person" + family,
                null, LocalDate.of(1960, 1, 1), Sex.MALE, null, null, null, null, null, null, null, null, null), true)
                .registered().id();
        bookings.book(DESK, new BookingRequest(other, clinician, location, FOLLOW_UP, start, UUID.randomUUID().toString()));

        var taken = perform(from(post(link).with(csrf())));
        assertThat(taken.getStatus()).isEqualTo(409);
        var html = taken.getContentAsString();
        assertThat(html).contains("just taken").contains("Nearest free times").containsPattern("E[SD]T");
        var alternative = start.plus(Duration.ofMinutes(30));
        assertThat(html).contains(slot(alternative));

        assertThat(perform(from(post(link).with(csrf())).param("slot", slot(alternative))).getRedirectedUrl())
                .isEqualTo(link);
        assertThat(appointmentsAt(alternative)).isEqualTo(1);
    }

    @Test
    void anExpiredLinkAnswers410AndAnUnknownOne404() throws Exception {
        var start = at(8, LocalTime.of(10, 0));
        String family = "Expired" + UUID.randomUUID().toString().substring(0, 8);
        String link = submitAndReadLink(FOLLOW_UP, start, family, family.toLowerCase() + "@example.com");
        // Two hours and a minute later (the request's own clock reading, moved back).
        jdbc.sql("UPDATE online_booking_requests SET expires_at = ? WHERE family_name = ?")
                .params(clock.instant().minus(Duration.ofMinutes(1)).atOffset(java.time.ZoneOffset.UTC), family).update();
        var gone = perform(from(get(link)));
        assertThat(gone.getStatus()).isEqualTo(410);
        assertThat(gone.getContentAsString()).contains("This link no longer works");
        assertThat(perform(from(post(link).with(csrf()))).getStatus()).isEqualTo(410);
        assertThat(appointmentsAt(start)).isZero();
        assertThat(perform(get("/book/confirm/not-a-real-token")).getStatus()).isEqualTo(404);
    }

    @Test
    void theLinkExpiresAfterTheConfiguredTime() {
        var now = Instant.parse("2030-01-01T10:00:00Z");
        var request = new OnlineRequest(UUID.randomUUID(), OnlineRequestStatus.PENDING, "A", "B",
                LocalDate.of(1980, 1, 1), "a@b.test", "5550100", "r", location, FOLLOW_UP, clinician, now, now,
                now.plus(Duration.ofHours(2)), null, null);
        assertThat(request.expired(java.time.Clock.fixed(now.plus(Duration.ofMinutes(119)), ZONE))).isFalse();
        assertThat(request.expired(java.time.Clock.fixed(now.plus(Duration.ofHours(2)), ZONE))).isTrue();
    }

    @Test
    void aFilledHoneypotPretendsSuccessAndStoresNothing() throws Exception {
        String family = "Bot" + UUID.randomUUID().toString().substring(0, 8);
        var response = perform(application(FOLLOW_UP, at(5, LocalTime.of(12, 0)), family, "bot@example.com")
                .param("website", "http://spam.example"));
        // (the builder above sends no other website value)
        assertThat(response.getRedirectedUrl()).isEqualTo("/book/sent");
        assertThat(requests(family)).isZero();
    }

    @Test
    void badInputIsExplainedBesideTheFieldAndNothingIsStored() throws Exception {
        String family = "Bad" + UUID.randomUUID().toString().substring(0, 8);
        var start = at(5, LocalTime.of(13, 0));
        var response = perform(application(FOLLOW_UP.toString(), slot(start), family, "not-an-email",
                LocalDate.now(clock).plusDays(3).toString(), "call me", "x".repeat(501)));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Enter a valid email address")
                .contains("not in the future").contains("Enter a valid phone number").contains("at most 500")
                .contains("id=\"email-error\"");
        assertThat(perform(application(UUID.randomUUID(), start, family, "ok@example.com")).getStatus()).isEqualTo(400);
        assertThat(perform(application(TPI, start, family, "ok@example.com")).getStatus()).isEqualTo(400);
        assertThat(perform(application(FOLLOW_UP.toString(), "garbage", family, "ok@example.com", "1975-04-02",
                "5550100", "Pain")).getContentAsString()).contains("Choose one of the free times");
        assertThat(perform(application(FOLLOW_UP, at(0, LocalTime.of(9, 0)).minus(Duration.ofDays(1)), family,
                "ok@example.com")).getContentAsString()).contains("no longer free");
        assertThat(perform(get("/book").param("locationId", "nope").param("typeId", UUID.randomUUID().toString()))
                .getStatus()).isEqualTo(200);
        assertThat(requests(family)).isZero();
    }

    @Test
    void tooManyRequestsFromOneAddressGet429() throws Exception {
        String family = "Flood" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 10; i++) {
            assertThat(perform(application(FOLLOW_UP, at(5, LocalTime.of(14, 0)), family, "x")).getStatus())
                    .isEqualTo(400);
        }
        var refused = perform(application(FOLLOW_UP, at(5, LocalTime.of(14, 0)), family, "x"));
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("Too many requests");
    }

    @Test
    void aTypeThatNeedsApprovalWaitsForStaffWhoBookIt() throws Exception {
        var type = AppointmentType.define("ONLINE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(),
                new AppointmentType.Rules("Approval visit " + UUID.randomUUID(), 30, 0, true, 12, 60, 24));
        type.requireApproval(true);
        types.save(type);
        var c = clinicians.findById(clinician).orElseThrow();
        c.offer(Set.of(FOLLOW_UP, TPI, type.id()));
        clinicians.save(c);
        var start = at(9, LocalTime.of(10, 0));
        String family = "Approve" + UUID.randomUUID().toString().substring(0, 8);
        String link = submitAndReadLink(type.id(), start, family, family.toLowerCase() + "@example.com");
        perform(from(post(link).with(csrf())));
        assertThat(perform(from(get(link))).getContentAsString()).contains("Request received");
        assertThat(appointmentsAt(start)).isZero();

        var staff = ClinicUser.of(DESK);
        assertThat(perform(get("/schedule/online-requests").with(user(staff))).getContentAsString()).contains(family);
        UUID requestId = jdbc.sql("SELECT id FROM online_booking_requests WHERE family_name = ?").param(family)
                .query(UUID.class).single();
        var approved = perform(post("/schedule/online-requests/" + requestId + "/approve").with(user(staff)).with(csrf()));
        assertThat(approved.getRedirectedUrl()).startsWith("/schedule/appointments/");
        assertThat(appointmentsAt(start)).isEqualTo(1);
    }

    ClinicUser patientAccount(String family) {
        var id = patients.register(CurrentUser.system("test"), new PatientDetails("Pat", family, null,
                LocalDate.of(1980, 1, 1), Sex.FEMALE, null, null, null, null, null, null, null, null, null), true)
                .registered().id();
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), "p-" + family, "Pat " + family, Role.PATIENT, id));
    }

    @Test
    void aSignedInPatientBooksDirectlyAndCancelsInsideTheWindow() throws Exception {
        var me = patientAccount("Self" + UUID.randomUUID().toString().substring(0, 8));
        var page = perform(get("/book").with(user(me)).param("locationId", location.toString())
                .param("typeId", FOLLOW_UP.toString())).getContentAsString();
        assertThat(page).contains("action=\"/book/self\"").doesNotContain("name=\"email\"");
        var start = at(5, LocalTime.of(15, 0));
        var booked = perform(post("/book/self").with(user(me)).with(csrf()).param("locationId", location.toString())
                .param("typeId", FOLLOW_UP.toString()).param("slot", slot(start))
                .param("idempotencyKey", UUID.randomUUID().toString()));
        assertThat(booked.getRedirectedUrl()).isEqualTo("/my/appointments");
        assertThat(appointmentsAt(start)).isEqualTo(1);
        UUID id = jdbc.sql("SELECT id FROM appointments WHERE patient_id = ?").param(me.current().patientId())
                .query(UUID.class).single();
        assertThat(perform(get("/my/appointments").with(user(me))).getContentAsString()).contains("Cancel")
                .containsPattern("3:00 PM E[SD]T");

        var moved = at(5, LocalTime.of(16, 0));
        assertThat(perform(post("/my/appointments/" + id + "/reschedule").with(user(me)).with(csrf())
                .param("slot", slot(moved))).getRedirectedUrl()).isEqualTo("/my/appointments");
        assertThat(appointmentsAt(moved)).isEqualTo(1);
        var question = perform(post("/my/appointments/" + id + "/cancel").with(user(me)).with(csrf()));
        assertThat(question.getStatus()).isEqualTo(200);
        assertThat(question.getContentAsString()).contains("Cancel this appointment?").contains("Yes, cancel it")
                .containsPattern("4:00 PM E[SD]T");
        assertThat(appointmentsAt(moved)).isEqualTo(1); // asking changes nothing
        assertThat(perform(post("/my/appointments/" + id + "/cancel").with(user(me)).with(csrf())
                .param("confirmed", "true")).getRedirectedUrl()).isEqualTo("/my/appointments");
        assertThat(appointmentsAt(moved)).isZero();
    }

    record Audited(String username, String role, String target) {
    }

    List<Audited> appointmentAudit(UUID patientId) {
        return jdbc.sql("""
                SELECT username, user_role, target FROM audit_entries
                 WHERE patient_id = ? AND target LIKE 'appointment %' ORDER BY seq""").param(patientId)
                .query((rs, n) -> new Audited(rs.getString("username"), rs.getString("user_role"),
                        rs.getString("target")))
                .list();
    }

    @Test
    void aPatientBookingMovingAndCancellingForThemselfIsAuditedAsThatPatient() throws Exception {
        var me = patientAccount("Audit" + UUID.randomUUID().toString().substring(0, 8));
        var start = at(6, LocalTime.of(10, 0));
        perform(post("/book/self").with(user(me)).with(csrf()).param("locationId", location.toString())
                .param("typeId", FOLLOW_UP.toString()).param("slot", slot(start))
                .param("idempotencyKey", UUID.randomUUID().toString()));
        UUID id = jdbc.sql("SELECT id FROM appointments WHERE patient_id = ?").param(me.current().patientId())
                .query(UUID.class).single();
        assertThat(jdbc.sql("SELECT created_by FROM appointments WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo(me.getUsername());
        perform(post("/my/appointments/" + id + "/reschedule").with(user(me)).with(csrf())
                .param("slot", slot(at(6, LocalTime.of(11, 0)))));
        perform(post("/my/appointments/" + id + "/cancel").with(user(me)).with(csrf()).param("confirmed", "true"));

        var audit = appointmentAudit(me.current().patientId());
        assertThat(audit).extracting(Audited::target).anyMatch(t -> t.contains(" at "))
                .anyMatch(t -> t.contains(" moved from ")).anyMatch(t -> t.contains(" cancelled: "));
        assertThat(audit).allSatisfy(entry -> {
            assertThat(entry.username()).isEqualTo(me.getUsername());
            assertThat(entry.role()).isEqualTo("PATIENT");
        });
    }

    @Test
    void aPatientCannotBookMoveOrCancelSomeoneElsesAppointmentThroughTheSchedulingApi() {
        var me = patientAccount("Own" + UUID.randomUUID().toString().substring(0, 8)).current();
        var other = patientAccount("Other" + UUID.randomUUID().toString().substring(0, 8)).current();
        var start = at(7, LocalTime.of(10, 0));
        assertThatThrownBy(() -> bookings.book(me, new BookingRequest(other.patientId(), clinician, location,
                FOLLOW_UP, start, UUID.randomUUID().toString()))).isInstanceOf(ForbiddenException.class);
        var theirs = bookings.book(DESK, new BookingRequest(other.patientId(), clinician, location, FOLLOW_UP, start,
                UUID.randomUUID().toString()));
        assertThatThrownBy(() -> bookings.reschedule(me, AppointmentId.of(theirs.id()), ClinicianId.of(clinician), at(7, LocalTime.of(11, 0))))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> context.getBean(AppointmentDesk.class).cancel(me, AppointmentId.of(theirs.id()), "not mine"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> context.getBean(AppointmentDesk.class).checkIn(other, theirs.id()))
                .isInstanceOf(ForbiddenException.class);
        assertThat(appointmentsAt(start)).isEqualTo(1);
    }

    @Test
    void thePortalAsksBeforeCancellingAndListsRescheduleTimesDayByDay() throws Exception {
        var me = patientAccount("Days" + UUID.randomUUID().toString().substring(0, 8));
        var id = bookings.book(DESK, new BookingRequest(me.current().patientId(), clinician, location, FOLLOW_UP,
                at(4, LocalTime.of(9, 0)), UUID.randomUUID().toString())).id();
        var list = perform(get("/my/appointments").with(user(me))).getContentAsString();
        assertThat(list).contains("href=\"/my/appointments/" + id + "/cancel\"");
        assertThat(perform(get("/my/appointments/" + id + "/cancel").with(user(me))).getContentAsString())
                .contains("Yes, cancel it").contains("No, keep it").contains("name=\"confirmed\"");

        var page = perform(get("/my/appointments/" + id + "/reschedule").with(user(me))
                .param("date", LocalDate.now(clock.withZone(ZONE)).plusDays(2).toString())).getContentAsString();
        var days = Pattern.compile("<h2 class=\"h5\" id=\"move-day\\d+\">([^<]+)</h2>").matcher(page);
        var headings = new java.util.ArrayList<String>();
        while (days.find()) {
            headings.add(days.group(1));
        }
        assertThat(headings).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        assertThat(headings.get(0)).isEqualTo(java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                java.util.Locale.US).format(LocalDate.now(clock.withZone(ZONE)).plusDays(2)));
        assertThat(page).contains("Later times").containsPattern(">\\d{1,2}:\\d{2} [AP]M E[SD]T</button>");
        var other = patientAccount("Nosy" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(perform(get("/my/appointments/" + id + "/cancel").with(user(other))).getStatus()).isEqualTo(404);
    }

    @Test
    void outsideTheCancellationWindowThePatientIsAskedToCall() throws Exception {
        var me = patientAccount("Late" + UUID.randomUUID().toString().substring(0, 8));
        var soon = clock.instant().plus(Duration.ofHours(3)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        var id = bookings.book(DESK, new BookingRequest(me.current().patientId(), clinician, location, FOLLOW_UP,
                soonWithinHours(soon), UUID.randomUUID().toString())).id();
        var refused = perform(post("/my/appointments/" + id + "/cancel").with(user(me)).with(csrf())
                .param("confirmed", "true"));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("call the practice");
        assertThat(jdbc.sql("SELECT status FROM appointments WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("BOOKED");
        var other = patientAccount("Other" + UUID.randomUUID().toString().substring(0, 8));
        assertThat(perform(post("/my/appointments/" + id + "/cancel").with(user(other)).with(csrf())
                .param("confirmed", "true")).getStatus()).isEqualTo(404);
    }

    /** A time within the clinician's hours (08:00-18:00 local) less than a day ahead. */
    private Instant soonWithinHours(Instant candidate) {
        var local = candidate.atZone(ZONE);
        if (local.getHour() < 8 || local.getHour() >= 17) {
            var next = local.toLocalDate().plusDays(local.getHour() >= 17 ? 1 : 0).atTime(8, 0).atZone(ZONE);
            return next.toInstant();
        }
        return candidate;
    }

    @Test
    void laterTimesComeAsTheListAloneForHtmxAndAsTheWholePageWithoutIt() throws Exception {
        var week = LocalDate.now(clock.withZone(ZONE)).plusDays(7);
        var later = get("/book").param("locationId", location.toString()).param("typeId", FOLLOW_UP.toString())
                .param("date", week.toString());
        var page = perform(later);
        assertThat(page.getContentAsString()).startsWith("<!DOCTYPE html>").contains("id=\"slots\"")
                .contains("name=\"givenName\"")
                .contains("hx-get=\"/book?locationId=" + location + "&amp;typeId=" + FOLLOW_UP + "&amp;date="
                        + week.plusDays(7) + "\"")
                .contains("href=\"/book?locationId=" + location + "&amp;typeId=" + FOLLOW_UP + "&amp;date="
                        + week.plusDays(7) + "\"");
        assertThat(page.getHeaders("Vary")).contains("HX-Request");

        var list = perform(later.header("HX-Request", "true")).getContentAsString().strip();
        assertThat(list).startsWith("<fieldset").endsWith("</fieldset>").contains("id=\"slots\"")
                .contains("name=\"date\" value=\"" + week + "\"")
                .contains("name=\"slot\"").contains("value=\"" + clinician + "|")
                .doesNotContain("<html").doesNotContain("name=\"givenName\"");

        var restored = perform(later.header("HX-History-Restore-Request", "true")).getContentAsString();
        assertThat(restored).startsWith("<!DOCTYPE html>");
    }
}
