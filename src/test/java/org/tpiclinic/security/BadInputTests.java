package org.tpiclinic.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.PlainText;

/**
 * The inputs that answered 500 when the issue was filed, each now a 400 with a message a person can act on, with
 * nothing changed and the offending text nowhere in the log.
 */
@SpringBootTest(properties = { "tpi.demo.enabled=true", "tpi.demo.patients=12" })
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class BadInputTests {

    /** Patient text that must never reach the log. */
    static final String SECRET = "Tellnobody";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    RouteFixtures fixtures;

    @BeforeAll
    void records() {
        fixtures = RouteFixtures.of(context);
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role) throws Exception {
        if (role != null) {
            request.with(user(fixtures.user(role)));
        }
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    static String overlong(int length) {
        return (SECRET + " ").repeat(length / (SECRET.length() + 1) + 1).substring(0, length);
    }

    static void refused(MockHttpServletResponse response, String says, CapturedOutput log) throws Exception {
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getErrorMessage() + response.getContentAsString()).contains(says);
        assertThat(log.getAll()).doesNotContain(SECRET);
    }

    @Test
    void aSignInNameLongerThanAnyAccountNameIsRefused(CapturedOutput log) throws Exception {
        var response = send(post("/login").param("username", overlong(250)).param("password", "whatever"), null);
        refused(response, "too long", log);
    }

    @Test
    void anOverlongReasonForVisitThroughTheIntakeLinkIsRefusedBesideItsField(CapturedOutput log) throws Exception {
        String token = fixtures.pathValue("/intake/{token}", "token", true);
        var response = send(post("/intake/" + token + "/visit").param("reasonForVisit", overlong(1_000)), null);
        refused(response, "500 characters", log);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM intakes WHERE patient_id = ? AND reason_for_visit LIKE ?")
                .param(fixtures.own).param(SECRET + "%").query(Long.class).single()).isZero();
    }

    @Test
    void anOverlongWithdrawalReasonIsRefusedAndTheConsentStaysValid(CapturedOutput log) throws Exception {
        var ids = fixtures.ids(true);
        var response = send(post("/patients/" + fixtures.own + "/consent/" + ids.get("consentId") + "/withdraw")
                .param("reason", overlong(1_000)), Role.PATIENT);
        assertThat(log.getAll()).doesNotContain(SECRET);
        assertThat(response.getStatus()).isLessThan(500);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM consents WHERE id = ? AND withdrawn_at IS NULL")
                .param(UUID.fromString(ids.get("consentId"))).query(Long.class).single()).isOne();
    }

    @Test
    void aPageNumberPastAnyPageIsRefused(CapturedOutput log) throws Exception {
        refused(send(get("/admin/audit").param("page", "42949673"), Role.ADMIN), "Bad Request", log);
        refused(send(get("/admin/outbox").param("page", "42949673"), Role.ADMIN), "Bad Request", log);
    }

    @Test
    void extremeDatesAreRefused(CapturedOutput log) throws Exception {
        refused(send(get("/schedule/book").param("date", "+999999999-12-31"), Role.FRONT_DESK), "date", log);
        refused(send(get("/admin/audit").param("to", "+999999999-12-31"), Role.ADMIN), "date", log);
        refused(send(get("/admin/audit").param("from", "-0001-01-01"), Role.ADMIN), "date", log);
    }

    @Test
    void controlCharactersAreRefusedBeforeAnythingReadsThem(CapturedOutput log) throws Exception {
        refused(send(get("/patients").param("q", "Sam\u0000" + SECRET), Role.FRONT_DESK), "control character", log);
        refused(send(post("/login").param("username", "admin\u001b").param("password", "x"), null),
                "control character", log);
    }

    @Test
    void aNumberFieldGivenTextIsAFieldMessageNotAServerError() throws Exception {
        var ids = fixtures.ids(true);
        var response = send(post("/admin/appointment-types/" + ids.get("typeId")).param("name", "Follow-up")
                .param("durationMinutes", "30").param("bufferAfterMinutes", "ten").param("minNoticeHours", "1")
                .param("horizonDays", "30").param("cancellationWindowHours", "24").param("bookableOnline", "x".repeat(300)),
                Role.ADMIN);
        assertThat(response.getStatus()).isLessThan(500);
        assertThat(response.getContentAsString()).contains("id=\"bufferAfterMinutes-error\"");
    }

    @Test
    void everyNumberFieldOfTheAppointmentTypeFormGivenTextIsAFieldMessage() throws Exception {
        var ids = fixtures.ids(true);
        for (String field : new String[] { "bufferAfterMinutes", "minNoticeHours", "horizonDays" }) {
            var values = new LinkedHashMap<String, String>(Map.of("name", "Sample text",
                    "durationMinutes", "1", "bufferAfterMinutes", "1", "bookableOnline", "true", "minNoticeHours",
                    "1", "horizonDays", "1", "cancellationWindowHours", "1"));
            values.put(field, "\u202EnaS maS");
            var request = post("/admin/appointment-types/" + ids.get("typeId"));
            values.forEach(request::param);
            var response = send(request, Role.ADMIN);
            assertThat(response.getStatus()).as(field).isLessThan(500);
        }
    }

    @Test
    void theErrorPageAskedForDirectlyIsNotFound() throws Exception {
        assertThat(send(get("/error"), null).getStatus()).isEqualTo(404);
        assertThat(send(post("/error"), Role.ADMIN).getStatus()).isEqualTo(404);
    }

    @Test
    void aPatientNameWithADirectionOrControlCharacterIsRefusedBesideTheField() throws Exception {
        for (String family : new String[] { "Evil\u202Edcba", "Tab\tname", "Line\u2028name" }) {
            var response = send(post("/patients").param("givenName", "Sam").param("familyName", family)
                    .param("dateOfBirth", "1980-02-03").param("sex", "FEMALE").param("confirmNotDuplicate", "true"),
                    Role.FRONT_DESK);
            assertThat(response.getStatus()).as(family).isLessThan(500).isNotEqualTo(302);
            assertThat(response.getContentAsString()).as(family).contains("text-direction character");
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM patients WHERE family_name LIKE 'Evil%' OR family_name LIKE 'Tab%'"
                + " OR family_name LIKE 'Line%'").query(Long.class).single()).isZero();
    }

    @Test
    void aStaffNameWithADirectionCharacterIsRefusedBesideTheField() throws Exception {
        var response = send(post("/admin/users").param("username", "rtl-user").param("displayName", "Ann \u202Enimda")
                .param("role", "FRONT_DESK").param("password", "a long enough passphrase for this"), Role.ADMIN);
        assertThat(response.getStatus()).isLessThan(500).isNotEqualTo(302);
        assertThat(response.getContentAsString()).contains("text-direction character");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_accounts WHERE username = 'rtl-user'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void anOnlineBookerNameWithADirectionCharacterIsRefusedBesideTheField() throws Exception {
        var ids = fixtures.ids(true);
        var response = send(post("/book").param("locationId", ids.get("locationId")).param("typeId", ids.get("typeId"))
                .param("slot", ids.get("clinicianId") + "|" + Instant.now().plusSeconds(3 * 86_400)
                        .truncatedTo(ChronoUnit.HOURS))
                .param("givenName", "Sam").param("familyName", "\u202Ekcaj")
                .param("dateOfBirth", "1980-02-03").param("email", "sam@example.com").param("phone", "631 555 0100")
                .param("reason", "Neck pain"), null);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("text-direction character");
    }

    @Test
    void namesInOtherScriptsStillPass() {
        assertThat(PlainText.Check.isPlain("Zoë O’Brien-Łukasiewicz")).isTrue();
        assertThat(PlainText.Check.isPlain("محمد\u200Cرضا")).isTrue();
        assertThat(PlainText.Check.isPlain("שרה")).isTrue();
        assertThat(PlainText.Check.isPlain("Sam\u200Fx")).isFalse();
        assertThat(PlainText.Check.isPlain("Sam\u0000")).isFalse();
    }
}
