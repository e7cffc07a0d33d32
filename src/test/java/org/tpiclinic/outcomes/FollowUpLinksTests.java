package org.tpiclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;

/**
 * Monthly follow-up by signed link: one link per due follow-up, emailed through the outbox; answered once
 * without signing in; a second answer, an unknown link and bad values each refused plainly.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FollowUpLinksTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    OutcomeLoader loader;
    @Autowired
    FollowUpLinks links;

    UUID patient;

    @BeforeEach
    void aPatientTreatedFortyDaysAgo() {
        var details = new PatientDetails("Fern", "Followup", null, LocalDate.of(1980, 2, 2), Sex.FEMALE, null,
                "fern.followup@example.com", null, null, null, null, "English", Kilograms.of("60"),
                LocalDate.now());
        patient = registry.register(CurrentUser.system("test"), details, true).registered().id();
        UUID session = UUID.randomUUID();
        LocalDate on = LocalDate.now().minusDays(40);
        loader.load(List.of(new OutcomeLoader.SessionRow(session, patient, UUID.randomUUID(), null, on, true, false,
                "Lidocaine 1 % plain 3 mL", List.of("UPPER_TRAPEZIUS_L"))),
                List.of(new OutcomeLoader.ScoreRow(patient, Instrument.PAIN, Occasion.PRE_SESSION, session, on,
                        BigDecimal.valueOf(7), "session:" + session + ":PRE")));
    }

    String emailedToken() {
        String body = jdbc.sql("SELECT text_body FROM outbox_messages WHERE recipient = 'fern.followup@example.com' "
                + "AND dedupe_key LIKE 'outcomes:follow-up:%' AND dedupe_key LIKE ?").param("%" + patient + "%")
                .query(String.class).single();
        var m = Pattern.compile("/outcomes/follow-up/([A-Za-z0-9_-]{43})").matcher(body);
        assertThat(m.find()).as(body).isTrue();
        return m.group(1);
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(csrf())).andReturn().getResponse();
    }

    @Test
    void aDueFollowUpIsEmailedOnceAndAnsweredOnceThroughItsLink() throws Exception {
        links.issueDue();
        links.issueDue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outcome_follow_up_links WHERE patient_id = ?").param(patient)
                .query(Long.class).single()).isEqualTo(1);
        String token = emailedToken();
        assertThat(jdbc.sql("SELECT token_hash FROM outcome_follow_up_links WHERE patient_id = ?").param(patient)
                .query(String.class).single()).as("only the hash is stored").doesNotContain(token).hasSize(64);

        var form = send(get("/outcomes/follow-up/" + token));
        assertThat(form.getStatus()).isEqualTo(200);
        assertThat(form.getContentAsString()).contains("PGIC.CHANGE").contains("Much improved");

        var bad = send(post("/outcomes/follow-up/" + token).param("PAIN_NRS.PAIN", "-1").param("PGIC.CHANGE", "2")
                .param("PSFS.ACTIVITY_1", "6").param("PSFS.ACTIVITY_1.label", "Gardening"));
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("Choose a whole number from 0 to 10.");

        var good = send(post("/outcomes/follow-up/" + token).param("PAIN_NRS.PAIN", "3").param("PGIC.CHANGE", "2")
                .param("PSFS.ACTIVITY_1", "6").param("PSFS.ACTIVITY_1.label", "Gardening"));
        assertThat(good.getStatus()).isEqualTo(200);
        assertThat(good.getContentAsString()).contains("Thank you: your answers are saved");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outcome_responses WHERE patient_id = ? AND occasion = 'FOLLOW_UP'")
                .param(patient).query(Long.class).single()).isEqualTo(3);

        var again = send(post("/outcomes/follow-up/" + token).param("PAIN_NRS.PAIN", "2").param("PGIC.CHANGE", "1")
                .param("PSFS.ACTIVITY_1", "7").param("PSFS.ACTIVITY_1.label", "Gardening"));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("already sent");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outcome_responses WHERE patient_id = ? AND occasion = 'FOLLOW_UP'")
                .param(patient).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void anUnknownLinkIsNotFoundWithTheWayToThePortal() throws Exception {
        var unknown = send(get("/outcomes/follow-up/not-a-token-we-issued-0123456789abcdefghijklm"));
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("My progress");
    }
}
