package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tpiclinic.screening.ScreeningFixtures.SYSTEM;
import static org.tpiclinic.screening.ScreeningFixtures.register;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
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
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.shared.SecretTokens;

/**
 * The emailed intake link also opens the pain drawing, without a login: the patient marks where it hurts, the
 * drawing is theirs (and only theirs), it is on the chart the clinician sees, bad input is answered beside the
 * field with nothing saved, and a link that is unknown or ran out draws nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeLinkDrawingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IntakeLinks links;
    @Autowired
    PatientRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    static final ClinicUser CLINICIAN = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "clinician-link",
            "Clinician", Role.CLINICIAN, null));

    String issue(UUID patientId) {
        var link = links.issue(SYSTEM, patientId, clock.instant().plus(Duration.ofDays(3)), "appointment drawing")
                .orElseThrow();
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    long drawings(UUID patientId) {
        return jdbc.sql("SELECT COUNT(*) FROM pain_drawings WHERE patient_id = ?").param(patientId).query(Long.class)
                .single();
    }

    @Test
    void thePatientDrawsThroughTheLinkAndTheClinicianSeesItOnTheChart() throws Exception {
        var id = register(registry, "Linkdraw");
        var other = register(registry, "Notdrawn");
        String token = issue(id);

        String intake = mvc.perform(get("/intake/" + token)).andReturn().getResponse().getContentAsString();
        assertThat(intake).contains("href=\"/intake/" + token + "/pain-drawing\"");
        var form = mvc.perform(get("/intake/" + token + "/pain-drawing")).andReturn().getResponse();
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("action=\"/intake/" + token + "/pain-drawing\"")
                .contains("role=\"checkbox\"").contains("data-zone=\"TEMPLE_L\"")
                .contains("href=\"/intake/" + token + "\"").doesNotContain("Notdrawn");

        var saved = mvc.perform(post("/intake/" + token + "/pain-drawing").param("marks[0].zone", "TEMPLE_L")
                .param("marks[0].intensity", "6").param("marks[0].quality", "ACHING")
                .param("marks[1].zone", "POSTERIOR_NECK_R").param("marks[1].intensity", "4")
                .param("patientId", other.toString()).with(csrf())).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/intake/" + token + "/pain-drawing");
        assertThat(drawings(id)).isOne();
        assertThat(drawings(other)).isZero();
        assertThat(jdbc.sql("SELECT drawn_by_role || ' ' || drawn_by FROM pain_drawings WHERE patient_id = ?")
                .param(id).query(String.class).single()).startsWith("PATIENT patient-via-link:");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND username LIKE "
                + "'patient-via-link:%' AND action = 'CREATE' AND target LIKE 'pain drawing%'").param(id)
                .query(Long.class).single()).isOne();

        // the form opens again from the drawing just saved
        assertThat(mvc.perform(get("/intake/" + token + "/pain-drawing")).andReturn().getResponse()
                .getContentAsString()).containsPattern("<option value=\"TEMPLE_L\" selected");
        String chart = mvc.perform(get("/patients/" + id + "/assessment/summary").with(user(CLINICIAN))).andReturn()
                .getResponse().getContentAsString();
        assertThat(chart).containsPattern("zone-marked\"[^>]*data-zone=\"TEMPLE_L\"")
                .containsPattern("zone-marked\"[^>]*data-zone=\"POSTERIOR_NECK_R\"").contains("by the patient");
    }

    @Test
    void badInputThroughTheLinkIsShownBesideTheFieldAndSavesNothing() throws Exception {
        var id = register(registry, "Linkbad");
        String token = issue(id);
        var response = mvc.perform(post("/intake/" + token + "/pain-drawing").param("marks[0].zone", "TEMPLE_L")
                .param("marks[0].intensity", "11").param("marks[1].zone", "NOWHERE_L")
                .param("marks[1].intensity", "3").with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("id=\"marks-0-intensity-error\"")
                .contains("id=\"marks-1-zone-error\"");
        assertThat(drawings(id)).isZero();
    }

    @Test
    void anUnknownOrExpiredLinkDrawsNothing() throws Exception {
        var id = register(registry, "Linklate");
        String token = SecretTokens.generate();
        var past = clock.instant().minus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO intake_links (token_hash, patient_id, issued_for, created_at, expires_at) "
                + "VALUES (?, ?, 'appointment old', ?, ?)").params(SecretTokens.hash(token), id, past.minusDays(3), past)
                .update();
        assertThat(mvc.perform(get("/intake/" + token + "/pain-drawing")).andReturn().getResponse().getStatus())
                .isEqualTo(410);
        var late = mvc.perform(post("/intake/" + token + "/pain-drawing").param("marks[0].zone", "TEMPLE_L")
                .param("marks[0].intensity", "5").with(csrf())).andReturn().getResponse();
        assertThat(late.getStatus()).isEqualTo(410);
        var unknown = mvc.perform(post("/intake/" + SecretTokens.generate() + "/pain-drawing")
                .param("marks[0].zone", "TEMPLE_L").param("marks[0].intensity", "5").with(csrf())).andReturn()
                .getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(drawings(id)).isZero();
    }
}
