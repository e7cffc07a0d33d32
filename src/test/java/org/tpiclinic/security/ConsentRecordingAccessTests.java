package org.tpiclinic.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.ConsentFixtures;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.TestSites;
import org.tpiclinic.screening.Screening;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;

/**
 * A signed consent is recorded only by the patient for their own record or by a clinician: front desk, billing
 * and admin reach the chart but are refused (403), nothing is stored and the refusal is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsentRecordingAccessTests {

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

    /** Reviews keyed by patient: a consent is signed for the plan of the clinician's latest review. */
    final Map<UUID, UUID> reviews = new HashMap<>();

    UUID register(String family) {
        var reviewed = ConsentFixtures.reviewed(registry, intake, screening, family,
                PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false, TestSites.left("GLUTEUS_MEDIUS")));
        reviews.put(reviewed.patientId(), reviewed.reviewId());
        return reviewed.patientId();
    }

    MockHttpServletRequestBuilder signing(UUID patientId, String family) {
        return post("/patients/" + patientId + "/consent").param("review", reviews.get(patientId).toString())
                .param("typedName", "Sam " + family).param("signature", "").param("typedOnly", "true").with(csrf());
    }

    static ClinicUser staff(Role role) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase() + "-consent", role.name(),
                role, null));
    }

    static ClinicUser patient(UUID patientId) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), "p-" + patientId, "Sam", Role.PATIENT, patientId));
    }

    long stored(UUID patientId) {
        return jdbc.sql("SELECT COUNT(*) FROM consents WHERE patient_id = ?").param(patientId).query(Long.class)
                .single();
    }

    long denials(UUID patientId, String username) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND username = ? "
                + "AND action = 'CREATE' AND outcome = 'DENIED'").param(patientId).param(username).query(Long.class)
                .single();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = { "FRONT_DESK", "BILLING", "ADMIN" })
    void staffOtherThanAClinicianCannotRecordAPatientsConsent(Role role) throws Exception {
        var family = "Refused" + role.name().replace("_", "").toLowerCase();
        var id = register(family);
        var response = mvc.perform(signing(id, family).with(user(staff(role)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(stored(id)).isZero();
        assertThat(denials(id, role.name().toLowerCase() + "-consent")).isOne();
    }

    @Test
    void aClinicianRecordsTheConsentThePatientSignsOnTheClinicTablet() throws Exception {
        var id = register("Tablet");
        var response = mvc.perform(signing(id, "Tablet").with(user(staff(Role.CLINICIAN)))).andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(stored(id)).isOne();
    }

    @Test
    void aPatientRecordsTheirOwnConsentButNeverAnotherPatients() throws Exception {
        var own = register("Ownsign");
        var other = register("Othersign");
        assertThat(mvc.perform(signing(own, "Ownsign").with(user(patient(own)))).andReturn().getResponse()
                .getStatus()).isEqualTo(302);
        assertThat(mvc.perform(signing(other, "Othersign").with(user(patient(own)))).andReturn().getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(stored(own)).isOne();
        assertThat(stored(other)).isZero();
    }
}
