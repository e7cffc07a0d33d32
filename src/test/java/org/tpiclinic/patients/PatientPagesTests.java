package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/** Bad input on the patient pages: a message beside the field, nothing saved, never a 500. */
@SpringBootTest
@AutoConfigureMockMvc
class PatientPagesTests {

    static final ClinicUser DESK = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "desk", "Desk", Role.FRONT_DESK,
            null));

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRegistry registry;

    long patients() {
        return jdbc.sql("SELECT COUNT(*) FROM patients").query(Long.class).single();
    }

    @Test
    void registrationWithBadValuesShowsMessagesBesideTheFieldsAndSavesNothing() throws Exception {
        long before = patients();
        var response = mvc.perform(post("/patients").with(user(DESK)).with(csrf()).param("givenName", "")
                .param("familyName", "Valid").param("dateOfBirth", "2999-01-01").param("email", "not-an-email")
                .param("weightKg", "abc").param("weightMeasuredOn", "yesterday").param("sex", "FEMALE"))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("id=\"givenName-error\"").contains("Enter the given (first) name")
                .contains("id=\"dateOfBirth-error\"").contains("A date of birth must be in the past")
                .contains("id=\"email-error\"").contains("id=\"weightKg-error\"").contains("Enter a number")
                .contains("id=\"weightMeasuredOn-error\"").contains("aria-invalid=\"true\"");
        assertThat(patients()).isEqualTo(before);
    }

    @Test
    void aWeightWithoutItsDateIsRefusedWithAPlainMessage() throws Exception {
        long before = patients();
        var html = mvc.perform(post("/patients").with(user(DESK)).with(csrf()).param("givenName", "Nia")
                .param("familyName", "Weightless").param("dateOfBirth", "1980-01-01").param("weightKg", "70")
                .param("sex", "FEMALE")).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Enter the day the weight was measured");
        assertThat(patients()).isEqualTo(before);
    }

    @Test
    void registersAndRedirectsToTheChart() throws Exception {
        var response = mvc.perform(post("/patients").with(user(DESK)).with(csrf()).param("givenName", "Rafael")
                .param("familyName", "Pageregister").param("dateOfBirth", "1975-05-05").param("sex", "MALE")
                .param("weightKg", "81.5").param("weightMeasuredOn", "2026-11-01")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        String chart = mvc.perform(get(response.getRedirectedUrl()).with(user(DESK))).andReturn().getResponse()
                .getContentAsString();
        assertThat(chart).contains("Pageregister, Rafael").contains("81.5 kg");
    }

    @Test
    void anUnknownPatientIs404AndAMalformedIdIs400() throws Exception {
        assertThat(mvc.perform(get("/patients/" + UUID.randomUUID()).with(user(DESK))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/patients/not-a-uuid").with(user(DESK))).andReturn().getResponse().getStatus())
                .isEqualTo(400);
    }

    @Test
    void searchResultsComeAsAPageWithoutJavaScriptAndAsTheResultsAloneAsYouType() throws Exception {
        registry.register(CurrentUser.system("test"), PatientAccessMatrixTests.details("Quentin", "Typeahead"), true);
        String page = mvc.perform(get("/patients").param("q", "Typeahead").with(user(DESK))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("<html").contains("id=\"q\"").contains("id=\"results\"")
                .contains("Quentin").contains("hx-get=\"/patients\"");
        String typed = mvc.perform(get("/patients").param("q", "Typeahead").header("HX-Request", "true")
                .with(user(DESK))).andReturn().getResponse().getContentAsString();
        assertThat(typed).doesNotContain("<html").doesNotContain("id=\"q\"").contains("id=\"results\"")
                .contains("Quentin");
        String tooLong = mvc.perform(get("/patients").param("q", "x".repeat(101)).header("HX-Request", "true")
                .with(user(DESK))).andReturn().getResponse().getContentAsString();
        assertThat(tooLong).contains("invalid-feedback");
    }

    @Test
    void anAllergyWithoutAClassIsRefusedAndNothingIsAdded() throws Exception {
        var p = registry.register(CurrentUser.system("test"), PatientAccessMatrixTests.details("Eve", "Noclass"), true)
                .registered();
        var result = mvc.perform(post("/patients/" + p.id() + "/allergies").with(user(DESK)).with(csrf())
                .param("substance", "Lidocaine").param("allergyClass", "NOT_A_CLASS")).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(302);
        assertThat(result.getFlashMap().get("allergyProblems")).isNotNull();
        assertThat(registry.chart(CurrentUser.system("test"), p.id()).allergies()).isEmpty();
    }

    @Test
    void aStaleEditIsA409ThatKeepsWhatWasTyped() throws Exception {
        var p = registry.register(CurrentUser.system("test"), PatientAccessMatrixTests.details("Sam", "Staleedit"), true)
                .registered();
        var form = post("/patients/" + p.id()).with(user(DESK)).with(csrf()).param("givenName", "Samuel")
                .param("familyName", "Staleedit").param("dateOfBirth", "1970-07-07").param("sex", "MALE")
                .param("version", String.valueOf(p.version()));
        assertThat(mvc.perform(form).andReturn().getResponse().getStatus()).isEqualTo(302);
        var second = mvc.perform(post("/patients/" + p.id()).with(user(DESK)).with(csrf())
                .param("givenName", "Sammy").param("familyName", "Staleedit").param("dateOfBirth", "1970-07-07")
                .param("sex", "MALE").param("version", String.valueOf(p.version()))).andReturn().getResponse();
        assertThat(second.getStatus()).isEqualTo(409);
        assertThat(second.getContentAsString()).contains("value=\"Sammy\"").contains("Someone else saved");
    }

    @Test
    void theChartLeadsToConsentAndBookingAndBillingSeesConsentButCannotBook() throws Exception {
        var p = registry.register(CurrentUser.system("test"), PatientAccessMatrixTests.details("Iris", "Chartlinks"), true)
                .registered();
        String desk = mvc.perform(get("/patients/" + p.id()).with(user(DESK))).andReturn().getResponse()
                .getContentAsString();
        assertThat(desk).contains("href=\"/patients/" + p.id() + "/consent\"")
                .contains("href=\"/schedule/book?patientId=" + p.id() + "\"");
        var billing = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "bill", "Bill", Role.BILLING, null));
        String billingChart = mvc.perform(get("/patients/" + p.id()).with(user(billing))).andReturn().getResponse()
                .getContentAsString();
        assertThat(billingChart).contains("href=\"/patients/" + p.id() + "/consent\"")
                .doesNotContain("/schedule/book?patientId=");
    }
}
