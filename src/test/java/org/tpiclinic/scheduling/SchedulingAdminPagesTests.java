package org.tpiclinic.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.identity.Accounts;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ClinicianId;

/** Scheduling setup pages: admins only; bad input is a message beside the field, changes nothing, never a 500. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SchedulingFixture.class)
class SchedulingAdminPagesTests {

    static final ClinicUser ADMIN = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "sched-admin", "Admin",
            Role.ADMIN, null));

    @Autowired
    MockMvc mvc;
    @Autowired
    SchedulingFixture fixture;
    @Autowired
    SchedulingDirectory directory;
    @Autowired
    Availability availability;
    @Autowired
    AppointmentTypes types;
    @Autowired
    Clinicians clinicians;
    @Autowired
    Accounts accounts;

    SchedulingFixture.Practice practice;

    @BeforeEach
    void practice() {
        practice = fixture.practice();
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    MockHttpServletRequestBuilder adminPost(String url) {
        return post(url).with(user(ADMIN)).with(csrf());
    }

    String clinicianUrl() {
        return "/admin/clinicians/" + practice.clinicianId();
    }

    @Test
    void refusesStaffWhoAreNotAdmins() throws Exception {
        var desk = ClinicUser.of(SchedulingFixture.DESK);
        for (var url : new String[] { "/admin/locations", "/admin/clinicians", "/admin/appointment-types",
                clinicianUrl() }) {
            assertThat(perform(get(url).with(user(desk))).getStatus()).as(url).isEqualTo(403);
        }
        var before = directory.locations().size();
        assertThat(perform(post("/admin/locations").with(user(desk)).with(csrf()).param("name", "Sneaky")
                .param("address", "1 Road").param("phone", "555").param("timeZone", "America/Chicago"))
                .getStatus()).isEqualTo(403);
        assertThat(directory.locations()).hasSize(before);
    }

    @Test
    void showsAdminsTheSetupLinkAndPages() throws Exception {
        var home = perform(get("/admin/clinicians").with(user(ADMIN)));
        assertThat(home.getStatus()).isEqualTo(200);
        assertThat(home.getContentAsString()).contains("href=\"/admin/clinicians\"").contains("Scheduling setup")
                .contains("Dr. Test");
        assertThat(perform(get("/admin/locations").with(user(ADMIN))).getContentAsString())
                .contains("America/New_York");
        assertThat(perform(get("/admin/appointment-types").with(user(ADMIN))).getStatus()).isEqualTo(200);
        assertThat(perform(get(clinicianUrl()).with(user(ADMIN))).getContentAsString())
                .contains("Weekly hours").contains("Breaks").contains("Exceptions");
    }

    @Test
    void addsAndEditsALocation() throws Exception {
        var name = "Tempe " + UUID.randomUUID();
        var added = perform(adminPost("/admin/locations").param("name", name).param("address", "1 Mill Ave")
                .param("phone", "(480) 555-0100").param("timeZone", "America/Phoenix"));
        assertThat(added.getRedirectedUrl()).isEqualTo("/admin/locations");
        var location = directory.locations().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
        assertThat(location.zone()).isEqualTo(ZoneId.of("America/Phoenix"));

        perform(adminPost("/admin/locations/" + location.id()).param("name", name).param("address", "2 Mill Ave")
                .param("phone", "(480) 555-0101").param("timeZone", "America/Denver"));
        var changed = directory.location(location.id());
        assertThat(changed.address()).isEqualTo("2 Mill Ave");
        assertThat(changed.zone()).isEqualTo(ZoneId.of("America/Denver"));
    }

    @Test
    void refusesAnUnknownTimeZoneBesideTheField() throws Exception {
        var before = directory.locations().size();
        for (var zone : new String[] { "Mars/Olympus", "+05:00", "" }) {
            var page = perform(adminPost("/admin/locations").param("name", "Nowhere").param("address", "1 Road")
                    .param("phone", "555").param("timeZone", zone));
            assertThat(page.getStatus()).as(zone).isEqualTo(200);
            assertThat(page.getContentAsString()).as(zone).contains("id=\"timeZone-error\"");
        }
        assertThat(directory.locations()).hasSize(before);

        var page = perform(adminPost("/admin/locations/" + practice.locationId()).param("name", " ")
                .param("address", "1 Road").param("phone", "555").param("timeZone", "Not/AZone"));
        assertThat(page.getContentAsString()).contains("id=\"name-error\"").contains("id=\"timeZone-error\"")
                .contains("Use an IANA time zone");
        assertThat(directory.location(practice.locationId()).zone()).isEqualTo(SchedulingFixture.ZONE);
    }

    @Test
    void answersAMissingLocationWith404() throws Exception {
        assertThat(perform(get("/admin/locations/" + UUID.randomUUID()).with(user(ADMIN))).getStatus())
                .isEqualTo(404);
    }

    AppointmentType scratchType() {
        return types.save(AppointmentType.define("ADM" + UUID.randomUUID().toString().substring(0, 8),
                new AppointmentType.Rules("Scratch", 30, 0, true, 24, 90, 24)));
    }

    MockHttpServletRequestBuilder typePost(AppointmentType type, String duration, String buffer, String horizon) {
        return adminPost("/admin/appointment-types/" + type.id()).param("name", "Scratch")
                .param("durationMinutes", duration).param("bufferAfterMinutes", buffer).param("bookableOnline", "true")
                .param("minNoticeHours", "12").param("horizonDays", horizon).param("cancellationWindowHours", "48");
    }

    @Test
    void changesTheRulesOfAnAppointmentType() throws Exception {
        var type = scratchType();
        assertThat(perform(typePost(type, "45", "15", "60")).getRedirectedUrl())
                .isEqualTo("/admin/appointment-types");
        var changed = directory.type(type.id());
        assertThat(changed.rules()).isEqualTo(new AppointmentType.Rules("Scratch", 45, 15, true, 12, 60, 48));

        // An unticked checkbox sends only Thymeleaf's "_" marker.
        perform(adminPost("/admin/appointment-types/" + type.id()).param("name", "Scratch")
                .param("durationMinutes", "45").param("bufferAfterMinutes", "15").param("_bookableOnline", "on")
                .param("minNoticeHours", "12").param("horizonDays", "60").param("cancellationWindowHours", "48"));
        assertThat(directory.type(type.id()).bookableOnline()).isFalse();
    }

    @Test
    void refusesBadRulesBesideTheFieldAndChangesNothing() throws Exception {
        var type = scratchType();
        record Case(String duration, String buffer, String horizon, String errorId) {
        }
        for (var c : new Case[] { new Case("300", "0", "90", "durationMinutes-error"),
                new Case("3", "0", "90", "durationMinutes-error"), new Case("47", "0", "90", "durationMinutes-error"),
                new Case("abc", "0", "90", "durationMinutes-error"), new Case("30", "-5", "90", "bufferAfterMinutes-error"),
                new Case("30", "0", "0", "horizonDays-error"), new Case("30", "0", "", "horizonDays-error"),
                new Case("30", "0", "abc", "horizonDays-error"), new Case("30", "x", "90", "bufferAfterMinutes-error") }) {
            var page = perform(typePost(type, c.duration(), c.buffer(), c.horizon()));
            assertThat(page.getStatus()).as(c.toString()).isEqualTo(200);
            assertThat(page.getContentAsString()).as(c.toString()).contains("id=\"" + c.errorId() + "\"")
                    .doesNotContain("Failed to convert");
        }
        assertThat(perform(typePost(type, "300", "0", "90")).getContentAsString()).contains("Use 5 to 240 minutes");
        assertThat(directory.type(type.id()).rules())
                .isEqualTo(new AppointmentType.Rules("Scratch", 30, 0, true, 24, 90, 24));
    }

    @Test
    void addsAndRemovesWeeklyHoursBreaksAndExceptions() throws Exception {
        var clinician = practice.clinicianId();
        var hoursBefore = availability.hours(ClinicianId.of(clinician)).size();
        perform(adminPost(clinicianUrl() + "/hours").param("locationId", practice.locationId().toString())
                .param("day", "MONDAY").param("start", "19:00").param("end", "21:00"));
        var evening = availability.hours(ClinicianId.of(clinician)).stream().filter(h -> h.start().equals(LocalTime.of(19, 0)))
                .findFirst().orElseThrow();
        assertThat(evening.day()).isEqualTo(DayOfWeek.MONDAY);

        perform(adminPost(clinicianUrl() + "/breaks").param("breakDay", "TUESDAY").param("breakStart", "12:00")
                .param("breakEnd", "12:45"));
        assertThat(availability.breaks(ClinicianId.of(clinician))).singleElement()
                .satisfies(b -> assertThat(b.end()).isEqualTo(LocalTime.of(12, 45)));

        var day = LocalDate.now().plusDays(10);
        perform(adminPost(clinicianUrl() + "/exceptions").param("kind", "TIME_OFF").param("date", day.toString())
                .param("exceptionLocationId", "").param("exceptionStart", "08:00").param("exceptionEnd", "18:00")
                .param("note", "Conference"));
        var off = availability.exceptions(ClinicianId.of(clinician), day, day);
        assertThat(off).singleElement().satisfies(e -> assertThat(e.locationId()).isNull());

        assertThat(perform(get(clinicianUrl()).with(user(ADMIN))).getContentAsString()).contains("Conference");
        perform(adminPost(clinicianUrl() + "/entries/" + evening.id() + "/remove"));
        perform(adminPost(clinicianUrl() + "/entries/" + off.get(0).id() + "/remove"));
        assertThat(availability.hours(ClinicianId.of(clinician))).hasSize(hoursBefore);
        assertThat(availability.exceptions(ClinicianId.of(clinician), day, day)).isEmpty();
        assertThat(perform(adminPost(clinicianUrl() + "/entries/" + UUID.randomUUID() + "/remove")).getStatus())
                .isEqualTo(404);
    }

    @Test
    void refusesBadHoursBesideTheFieldAndAddsNothing() throws Exception {
        var clinician = practice.clinicianId();
        var hours = availability.hours(ClinicianId.of(clinician)).size();
        var day = LocalDate.now().plusDays(5);
        var cases = new MockHttpServletRequestBuilder[] {
                adminPost(clinicianUrl() + "/hours").param("locationId", practice.locationId().toString())
                        .param("day", "MONDAY").param("start", "17:00").param("end", "09:00"),
                adminPost(clinicianUrl() + "/hours").param("locationId", UUID.randomUUID().toString())
                        .param("day", "MONDAY").param("start", "07:00").param("end", "08:00"),
                adminPost(clinicianUrl() + "/hours").param("locationId", "nonsense").param("day", "FUNDAY")
                        .param("start", "7am").param("end", ""),
                adminPost(clinicianUrl() + "/breaks").param("breakDay", "MONDAY").param("breakStart", "13:00")
                        .param("breakEnd", "12:00"),
                adminPost(clinicianUrl() + "/exceptions").param("kind", "EXTRA_HOURS").param("date", day.toString())
                        .param("exceptionLocationId", "").param("exceptionStart", "18:00")
                        .param("exceptionEnd", "20:00"),
                adminPost(clinicianUrl() + "/exceptions").param("kind", "TIME_OFF").param("date", "tomorrow")
                        .param("exceptionStart", "08:00").param("exceptionEnd", "09:00") };
        for (var request : cases) {
            var page = perform(request);
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentAsString()).contains("class=\"invalid-feedback\"");
        }
        assertThat(availability.hours(ClinicianId.of(clinician))).hasSize(hours);
        assertThat(availability.breaks(ClinicianId.of(clinician))).isEmpty();
        assertThat(availability.exceptions(ClinicianId.of(clinician), day.minusDays(30), day.plusDays(30))).isEmpty();
    }

    @Test
    void replacesTheTypesAClinicianOffers() throws Exception {
        perform(adminPost(clinicianUrl() + "/types").param("typeIds", SchedulingFixture.TPI.toString()));
        assertThat(directory.clinician(practice.clinicianId()).typeIds()).containsExactly(SchedulingFixture.TPI);

        var refused = perform(adminPost(clinicianUrl() + "/types").param("typeIds", UUID.randomUUID().toString()));
        assertThat(refused.getContentAsString()).contains("id=\"types-problem\"");
        assertThat(directory.clinician(practice.clinicianId()).typeIds()).containsExactly(SchedulingFixture.TPI);
    }

    @Test
    void addsAClinicianFromAClinicianAccountOnce() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var doctor = accounts.createStaff("doc-" + suffix, "Dr. Ada " + suffix, Role.CLINICIAN, "a long enough secret");
        var desk = accounts.createStaff("desk-" + suffix, "Desk " + suffix, Role.FRONT_DESK, "a long enough secret");

        assertThat(perform(get("/admin/clinicians").with(user(ADMIN))).getContentAsString())
                .contains("Dr. Ada " + suffix).doesNotContain("Desk " + suffix);
        var added = perform(adminPost("/admin/clinicians").param("userId", doctor.id().toString()));
        var clinician = clinicians.findByUserId(doctor.id()).orElseThrow();
        assertThat(added.getRedirectedUrl()).isEqualTo("/admin/clinicians/" + clinician.id());
        assertThat(clinician.name()).isEqualTo("Dr. Ada " + suffix);
        assertThat(clinician.typeIds()).isEmpty();

        int before = directory.clinicians().size();
        for (var userId : new String[] { doctor.id().toString(), desk.id().toString(), UUID.randomUUID().toString(),
                "not-an-id", "" }) {
            var refused = perform(adminPost("/admin/clinicians").param("userId", userId));
            assertThat(refused.getStatus()).as(userId).isEqualTo(200);
            assertThat(refused.getContentAsString()).as(userId).contains("id=\"userId-error\"");
        }
        assertThat(directory.clinicians()).hasSize(before);
    }

    @Test
    void definesANewAppointmentTypeThatNeedsApproval() throws Exception {
        assertThat(perform(get("/admin/appointment-types/new").with(user(ADMIN))).getStatus()).isEqualTo(200);
        var created = perform(adminPost("/admin/appointment-types").param("name", "Trigger point review")
                .param("durationMinutes", "45").param("bufferAfterMinutes", "5").param("bookableOnline", "true")
                .param("requiresApproval", "true").param("minNoticeHours", "12").param("horizonDays", "60")
                .param("cancellationWindowHours", "24"));
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/appointment-types");
        var type = types.findAll().stream().filter(t -> t.name().equals("Trigger point review")).findFirst()
                .orElseThrow();
        assertThat(type.code()).isEqualTo("TRIGGER_POINT_REVIEW");
        assertThat(type.durationMinutes()).isEqualTo(45);
        assertThat(type.requiresApproval()).isTrue();
        assertThat(type.bookableOnline()).isTrue();

        // Unticking the box on the edit form turns approval off again.
        perform(adminPost("/admin/appointment-types/" + type.id()).param("name", "Trigger point review")
                .param("durationMinutes", "45").param("bufferAfterMinutes", "5").param("bookableOnline", "true")
                .param("minNoticeHours", "12").param("horizonDays", "60").param("cancellationWindowHours", "24"));
        assertThat(types.findById(type.id()).orElseThrow().requiresApproval()).isFalse();

        int before = types.findAll().size();
        var refused = perform(adminPost("/admin/appointment-types").param("name", "")
                .param("durationMinutes", "7").param("bufferAfterMinutes", "0").param("minNoticeHours", "0")
                .param("horizonDays", "10").param("cancellationWindowHours", "0"));
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("id=\"name-error\"").contains("id=\"durationMinutes-error\"");
        assertThat(types.findAll()).hasSize(before);
    }
}
