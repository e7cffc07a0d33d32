package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.ConsentFixtures.Reviewed;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;

/**
 * The consent page: the reviewed plan in words that the patient cannot change, no signing without a valid review,
 * no witness at home, messages beside the field, 409 on a second signature, 403 for others.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentPagesTests {

    static final PlannedTreatment DRY_NEEDLING_RIGHT_TRAPEZIUS = PlannedTreatment.of(Agent.DRY_NEEDLING, false,
            TestSites.right("UPPER_TRAPEZIUS"));
    static final PlannedTreatment LIDOCAINE_BOTH_RHOMBOIDS = PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false,
            TestSites.left("RHOMBOIDS"), TestSites.right("RHOMBOIDS"), TestSites.left("GLUTEUS_MEDIUS"));

    @Autowired
    MockMvc mvc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    Screening screening;

    static ClinicUser patientUser(UUID id) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), "p-" + id, "Sam", Role.PATIENT, id));
    }

    static ClinicUser staffUser(Role role) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase(), "Dr. Rosa Imani", role,
                null));
    }

    Reviewed reviewed(String family, PlannedTreatment plan) {
        return ConsentFixtures.reviewed(registry, intake, screening, family, plan);
    }

    static MockHttpServletRequestBuilder signing(Reviewed r, String name, String drawing, boolean typedOnly) {
        var request = post("/patients/" + r.patientId() + "/consent").param("review", r.reviewId().toString())
                .param("typedName", name).param("signature", drawing == null ? "" : drawing);
        return typedOnly ? request.param("typedOnly", "true") : request;
    }

    MockHttpServletResponse page(UUID patientId, ClinicUser as) throws Exception {
        return mvc.perform(get("/patients/" + patientId + "/consent").with(user(as))).andReturn().getResponse();
    }

    long stored(UUID id) {
        return jdbc.sql("SELECT COUNT(*) FROM consents WHERE patient_id = ?").param(id).query(Long.class).single();
    }

    @Test
    void aPatientReadsTheReviewedPlanInWordsAndCannotChangeIt() throws Exception {
        var r = reviewed("Reader", DRY_NEEDLING_RIGHT_TRAPEZIUS);
        var page = page(r.patientId(), patientUser(r.patientId()));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Dry needling, right upper trapezius")
                .contains("puncture the lung").contains("/js/signature-pad.js").contains("I sign by typing my name")
                .contains("name=\"review\" value=\"" + r.reviewId() + "\"")
                .doesNotContain("name=\"agent\"").doesNotContain("name=\"sites\"").doesNotContain("<select")
                .doesNotContain("UPPER_TRAPEZIUS").doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void bothSidesAreNamedOnTheConsentAndTheScreeningPage() throws Exception {
        var r = reviewed("Bothsides", LIDOCAINE_BOTH_RHOMBOIDS);
        assertThat(page(r.patientId(), patientUser(r.patientId())).getContentAsString())
                .contains("left and right rhomboids").contains("left gluteus medius");
        var review = mvc.perform(get("/patients/" + r.patientId() + "/screening").param("agent", "LIDOCAINE_1_PLAIN")
                .param("sites", "RHOMBOIDS:BOTH").param("sites", "GLUTEUS_MEDIUS:LEFT")
                .with(user(staffUser(Role.CLINICIAN)))).andReturn().getResponse().getContentAsString();
        assertThat(review).contains("Plan:").contains("left and right rhomboids, left gluteus medius")
                .contains("left and right rhomboids").contains("value=\"RHOMBOIDS:BOTH\" selected")
                .doesNotContain("steroid=");
    }

    @Test
    void aScreeningSiteWithoutASideIsRefusedWithAMessageNotGivenADefault() throws Exception {
        var id = ScreeningFixtures.register(registry, "Noside");
        ScreeningFixtures.nothingToReport(intake, ScreeningFixtures.FRONT_DESK, id);
        var response = mvc.perform(post("/patients/" + id + "/screening").param("agent", "SALINE")
                .param("sites", "PIRIFORMIS").param("decision", "ELIGIBLE").with(user(staffUser(Role.CLINICIAN)))
                .with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Choose a side");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM screening_reviews WHERE patient_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void withoutAValidReviewThereIsNothingToSign() throws Exception {
        var id = ScreeningFixtures.register(registry, "Noreview");
        var page = page(id, patientUser(id)).getContentAsString();
        assertThat(page).contains("has not reviewed your screening").doesNotContain("name=\"typedName\"")
                .doesNotContain("Please read before you sign");
        var forged = mvc.perform(signing(new Reviewed(id, UUID.randomUUID()), "Sam Noreview", null, true)
                .with(user(patientUser(id))).with(csrf())).andReturn().getResponse();
        assertThat(forged.getStatus()).isEqualTo(400);
        assertThat(forged.getContentAsString()).contains("plan-error").contains("has not reviewed");
        assertThat(stored(id)).isZero();
    }

    @Test
    void planFieldsInTheFormCannotChangeWhatIsSigned() throws Exception {
        var r = reviewed("Tamper", DRY_NEEDLING_RIGHT_TRAPEZIUS);
        var response = mvc.perform(signing(r, "Sam Tamper", null, true).param("agent", "LIDOCAINE_1_PLAIN")
                .param("steroid", "true").param("sites", "UPPER_TRAPEZIUS:LEFT").with(user(patientUser(r.patientId())))
                .with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT plan_code FROM consents WHERE patient_id = ?").param(r.patientId())
                .query(String.class).single()).isEqualTo(DRY_NEEDLING_RIGHT_TRAPEZIUS.code());
    }

    @Test
    void theWitnessFieldIsOnlyForTheClinicNotForAPatientAtHome() throws Exception {
        var r = reviewed("Witness", DRY_NEEDLING_RIGHT_TRAPEZIUS);
        assertThat(page(r.patientId(), patientUser(r.patientId())).getContentAsString())
                .doesNotContain("witnessName").doesNotContain("Witness name");
        assertThat(page(r.patientId(), staffUser(Role.CLINICIAN)).getContentAsString()).contains("name=\"witnessName\"");
        mvc.perform(signing(r, "Sam Witness", null, true).param("witnessName", "Claimed Witness")
                .with(user(patientUser(r.patientId()))).with(csrf()));
        assertThat(jdbc.sql("SELECT witness_name FROM consents WHERE patient_id = ?").param(r.patientId())
                .query(String.class).optional()).isEmpty();
        assertThat(stored(r.patientId())).isOne();
    }

    @Test
    void aMismatchedNameIsShownBesideTheFieldAndNothingIsStored() throws Exception {
        var r = reviewed("Mismatch", DRY_NEEDLING_RIGHT_TRAPEZIUS);
        var response = mvc.perform(signing(r, "Somebody Else", null, true).with(user(patientUser(r.patientId())))
                .with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("typedName-error")
                .contains("Type your full name exactly as the clinic has it");
        assertThat(stored(r.patientId())).isZero();
    }

    @Test
    void aMissingOversizedOrFakeDrawingIsShownBesideTheSignatureNeverA500() throws Exception {
        var r = reviewed("Nodrawing", DRY_NEEDLING_RIGHT_TRAPEZIUS);
        var wide = ConsentsTests.png(new BufferedImage(3000, 40, BufferedImage.TYPE_INT_ARGB));
        String[][] cases = { { "", "Draw your signature" },
                { "data:image/png;base64," + "A".repeat(210_000), "too large" },
                { "data:image/png;base64,bm90IGEgcG5n", "could not be read" },
                { "data:image/png;base64,%%%", "could not be read" },
                { wide, "1200 by 600 pixels at most" } };
        for (var c : cases) {
            var response = mvc.perform(signing(r, "Sam Nodrawing", c[0], false).with(user(patientUser(r.patientId())))
                    .with(csrf())).andReturn().getResponse();
            assertThat(response.getStatus()).as(c[1]).isEqualTo(400);
            assertThat(response.getContentAsString()).as(c[1]).contains("signature-error").contains(c[1]);
        }
        assertThat(stored(r.patientId())).isZero();
    }

    @Test
    void aSecondSignatureOfTheSameConsentIsAConflict() throws Exception {
        var r = reviewed("Again", DRY_NEEDLING_RIGHT_TRAPEZIUS);
        var first = mvc.perform(signing(r, "Sam Again", null, true).with(user(patientUser(r.patientId())))
                .with(csrf())).andReturn().getResponse();
        assertThat(first.getStatus()).isEqualTo(302);
        var signedList = page(r.patientId(), patientUser(r.patientId())).getContentAsString();
        assertThat(signedList).contains("for:").contains("Dry needling, right upper trapezius")
                .doesNotContain("steroid=");
        var second = mvc.perform(signing(r, "Sam Again", null, true).with(user(staffUser(Role.CLINICIAN)))
                .with(csrf())).andReturn();
        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        assertThat(second.getResolvedException()).hasMessageContaining("already signed");
        assertThat(stored(r.patientId())).isOne();
    }

    @Test
    void staffOtherThanAClinicianCannotRecordAConsent() throws Exception {
        var r = reviewed("Staffsign", DRY_NEEDLING_RIGHT_TRAPEZIUS);
        for (var role : new Role[] { Role.BILLING, Role.FRONT_DESK, Role.ADMIN }) {
            assertThat(mvc.perform(signing(r, "Sam Staffsign", null, true).with(user(staffUser(role))).with(csrf()))
                    .andReturn().getResponse().getStatus()).as(role.name()).isEqualTo(403);
        }
        assertThat(stored(r.patientId())).isZero();
    }

    @Test
    void aPatientCannotSignOrDownloadAnotherPatientsConsentButTheOwnerCanDownloadIt() throws Exception {
        var owner = reviewed("Owner", DRY_NEEDLING_RIGHT_TRAPEZIUS);
        var intruder = ScreeningFixtures.register(registry, "Intruder");
        mvc.perform(signing(owner, "Sam Owner", null, true).with(user(patientUser(owner.patientId()))).with(csrf()));
        var consentId = jdbc.sql("SELECT id FROM consents WHERE patient_id = ?").param(owner.patientId())
                .query(UUID.class).single();
        var pdfUrl = "/patients/" + owner.patientId() + "/consent/" + consentId + ".pdf";
        assertThat(mvc.perform(signing(owner, "Sam Owner", null, true).with(user(patientUser(intruder)))
                .with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(pdfUrl).with(user(patientUser(intruder)))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        var pdf = mvc.perform(get(pdfUrl).with(user(patientUser(owner.patientId())))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND action = 'PRINT' AND outcome = 'SUCCESS'")
                .param(owner.patientId()).query(Long.class).single()).isOne();
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
