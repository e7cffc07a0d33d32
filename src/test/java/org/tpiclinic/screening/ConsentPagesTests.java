package org.tpiclinic.screening;

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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientRegistry;

/** The consent page in the portal: messages beside the field, 409 on a second signature, 403 for others. */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.tpiclinic.screening.intake.IntakeQuestionnaire intake;
    @Autowired
    Screening screening;

    static ClinicUser patientUser(UUID id) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), "p-" + id, "Sam", Role.PATIENT, id));
    }

    static ClinicUser staffUser(Role role) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase(), role.name(), role, null));
    }

    static MockHttpServletRequestBuilder signing(UUID id, String name, String drawing, boolean typedOnly) {
        var request = post("/patients/" + id + "/consent").param("agent", "LIDOCAINE_1_PLAIN")
                .param("steroid", "false").param("sites", "UPPER_TRAPEZIUS").param("typedName", name)
                .param("signature", drawing == null ? "" : drawing);
        return typedOnly ? request.param("typedOnly", "true") : request;
    }

    long stored(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM consents WHERE patient_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void aPatientReadsTheConsentForTheirPlanWithTheSignaturePadLoadedFromAFile() throws Exception {
        var id = ScreeningFixtures.register(registry, "Reader");
        var page = mvc.perform(get("/patients/" + id + "/consent").param("agent", "LIDOCAINE_1_PLAIN")
                .param("sites", "UPPER_TRAPEZIUS").with(user(patientUser(id)))).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("puncture the lung").contains("/js/signature-pad.js")
                .contains("I sign by typing my name").doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void withoutAPlanInTheAddressThePageShowsThePlanOfTheLatestScreeningReview() throws Exception {
        var id = ScreeningFixtures.register(registry, "Reviewed");
        ScreeningFixtures.nothingToReport(intake, ScreeningFixtures.FRONT_DESK, id);
        screening.review(ScreeningFixtures.CLINICIAN, id, PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
                Muscle.RHOMBOIDS), org.tpiclinic.screening.review.Decision.NOT_ELIGIBLE, java.util.Map.of(), "Later");
        var page = mvc.perform(get("/patients/" + id + "/consent").with(user(patientUser(id)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("puncture the lung").contains("value=\"RHOMBOIDS\"");
        var review = mvc.perform(get("/patients/" + id + "/screening").with(user(staffUser(Role.CLINICIAN))))
                .andReturn().getResponse().getContentAsString();
        assertThat(review).contains("Plan:").contains("at</span> <span>Rhomboids</span>").doesNotContain("steroid=");
    }

    @Test
    void aMismatchedNameIsShownBesideTheFieldAndNothingIsStored() throws Exception {
        var id = ScreeningFixtures.register(registry, "Mismatch");
        var response = mvc.perform(signing(id, "Somebody Else", null, true).with(user(patientUser(id))).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("typedName-error")
                .contains("Type your full name exactly as the clinic has it");
        assertThat(stored(id)).isZero();
    }

    @Test
    void aMissingOrOversizedDrawingIsShownBesideTheSignature() throws Exception {
        var id = ScreeningFixtures.register(registry, "Nodrawing");
        var missing = mvc.perform(signing(id, "Sam Nodrawing", null, false).with(user(patientUser(id)))
                .with(csrf())).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("signature-error").contains("Draw your signature");
        var huge = mvc.perform(signing(id, "Sam Nodrawing", "data:image/png;base64," + "A".repeat(210_000), false)
                .with(user(patientUser(id))).with(csrf())).andReturn().getResponse();
        assertThat(huge.getStatus()).isEqualTo(400);
        assertThat(huge.getContentAsString()).contains("signature-error").contains("too large");
        assertThat(stored(id)).isZero();
    }

    @Test
    void aSecondSignatureOfTheSameConsentIsAConflict() throws Exception {
        var id = ScreeningFixtures.register(registry, "Again");
        var first = mvc.perform(signing(id, "Sam Again", null, true).with(user(patientUser(id))).with(csrf()))
                .andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(302);
        var signedList = mvc.perform(get("/patients/" + id + "/consent").with(user(patientUser(id)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(signedList).contains("for:").contains("<span>Lidocaine").doesNotContain("steroid=");
        var second = mvc.perform(signing(id, "Sam Again", null, true).with(user(staffUser(Role.CLINICIAN)))
                .with(csrf())).andReturn();
        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        assertThat(second.getResolvedException()).hasMessageContaining("already signed");
        assertThat(stored(id)).isOne();
    }

    @Test
    void aPatientCannotSignOrDownloadAnotherPatientsConsentButTheOwnerCanDownloadIt() throws Exception {
        var owner = ScreeningFixtures.register(registry, "Owner");
        var intruder = ScreeningFixtures.register(registry, "Intruder");
        mvc.perform(signing(owner, "Sam Owner", null, true).with(user(patientUser(owner))).with(csrf()));
        var consentId = jdbc.sql("SELECT id FROM consents WHERE patient_id = ?").param(owner).query(UUID.class)
                .single();
        var pdfUrl = "/patients/" + owner + "/consent/" + consentId + ".pdf";
        assertThat(mvc.perform(signing(owner, "Sam Owner", null, true).with(user(patientUser(intruder)))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(pdfUrl).with(user(patientUser(intruder)))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        var pdf = mvc.perform(get(pdfUrl).with(user(patientUser(owner)))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND action = 'PRINT' AND outcome = 'SUCCESS'")
                .param(owner).query(Long.class).single()).isOne();
    }

    @Test
    void onlyAnAdminEditsTheConsentText() throws Exception {
        assertThat(mvc.perform(get("/admin/consent-templates").with(user(staffUser(Role.ADMIN)))).andReturn()
                .getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/admin/consent-templates").with(user(staffUser(Role.CLINICIAN)))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        var blank = mvc.perform(post("/admin/consent-templates").param("reason", "").with(user(staffUser(Role.ADMIN)))
                .with(csrf())).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(400);
    }
}
