package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tpiclinic.screening.ScreeningFixtures.CLINICIAN;
import static org.tpiclinic.screening.ScreeningFixtures.FRONT_DESK;
import static org.tpiclinic.screening.ScreeningFixtures.SYSTEM;
import static org.tpiclinic.screening.ScreeningFixtures.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.patients.ConditionKind;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.Proposal;
import org.tpiclinic.screening.intake.VisitAnswers;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.NotFoundException;
import org.tpiclinic.shared.SecretTokens;

/**
 * The emailed intake link: it opens only its own patient's questionnaire, without a login, until it expires;
 * answers given through it are patient-reported and wait for staff; a bad link gets a plain page, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
class IntakeLinkTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    IntakeLinks links;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    PatientRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    String issue(UUID patientId, Duration untilAppointment) {
        var link = links.issue(SYSTEM, patientId, clock.instant().plus(untilAppointment), "appointment test")
                .orElseThrow();
        assertThat(link.url()).startsWith("http://localhost:8080/intake/");
        return link.url().substring(link.url().lastIndexOf('/') + 1);
    }

    MockHttpServletResponse open(String token) throws Exception {
        return mvc.perform(get("/intake/" + token)).andReturn().getResponse();
    }

    long audited(UUID patientId, String usernamePrefix, String action, String target) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND username LIKE ? AND action = ? "
                + "AND target LIKE ? AND outcome = 'SUCCESS'").params(patientId, usernamePrefix + "%", action, target)
                .query(Long.class).single();
    }

    @Test
    void theLinkOpensOnlyItsPatientsIntakeWithoutSignInAndAuditsUnderTheLinksName() throws Exception {
        var id = register(registry, "Linkholder");
        var other = register(registry, "Notmine");
        String token = issue(id, Duration.ofDays(3));

        var page = open(token);
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Intake: Linkholder, Sam").contains("action=\"/intake/" + token + "\"")
                .doesNotContain("Notmine").doesNotContain("/patients/" + id + "/consent")
                .doesNotContain("Patient-reported answers for the record");
        // The address names no patient: a patient id slipped into the form is ignored.
        var saved = mvc.perform(post("/intake/" + token + "/visit").param("reasonForVisit", "Low back pain")
                .param("baselinePain", "6").param("patientId", other.toString()).with(csrf())).andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/intake/" + token + "#visit");
        assertThat(intake.find(id).orElseThrow().visit().reasonForVisit()).isEqualTo("Low back pain");
        assertThat(intake.find(other)).isEmpty();

        var holder = links.redeem(token);
        assertThatThrownBy(() -> intake.open(holder, other)).isInstanceOf(ForbiddenException.class);
        assertThat(audited(id, "patient-via-link:", "READ", "intake")).isEqualTo(1);
        assertThat(audited(id, "patient-via-link:", "UPDATE", "intake visit")).isEqualTo(1);
        assertThat(audited(id, "test", "CREATE", "intake link for appointment test")).isEqualTo(1);
    }

    @Test
    void answersGivenThroughTheLinkArePatientReportedAndReachTheRecordOnlyWhenStaffAcceptThem() throws Exception {
        var id = register(registry, "Needleshy");
        String token = issue(id, Duration.ofDays(2));
        var response = mvc.perform(post("/intake/" + token + "/safety").param("noAllergies", "YES")
                .param("bloodThinners", "NO").param("needleFear", "YES").param("driverHome", "YES")
                .with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);

        var saved = intake.find(id).orElseThrow();
        assertThat(saved.safetyStamp().patientReported()).isTrue();
        assertThat(saved.safetyStamp().savedBy()).startsWith("patient-via-link:");
        var fear = saved.proposals().stream().filter(p -> p.kind() == Proposal.Kind.CONDITION).findFirst().orElseThrow();
        assertThat(fear.patientReported()).isTrue();
        assertThat(fear.pending()).isTrue();
        assertThat(registry.chart(SYSTEM, id).activeConditions()).isEmpty();

        intake.accept(CLINICIAN, id, fear.proposalId());
        assertThat(registry.chart(SYSTEM, id).activeConditions()).extracting(c -> c.kind())
                .containsExactly(ConditionKind.NEEDLE_FEAR_OR_FAINTING);
    }

    @Test
    void badAnswersThroughTheLinkAreShownBesideTheirFieldAndNothingIsSaved() throws Exception {
        var id = register(registry, "Typo");
        String token = issue(id, Duration.ofDays(2));
        var response = mvc.perform(post("/intake/" + token + "/visit").param("reasonForVisit", "Neck")
                .param("baselinePain", "eleven").with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("baselinePain-error").contains("Neck")
                .contains("action=\"/intake/" + token + "\"");
        assertThat(intake.find(id)).isEmpty();
    }

    @Test
    void aCraftedLineNumberFarBeyondTheFormIsRefusedBeforeBinding() throws Exception {
        var id = register(registry, "Crafted");
        String token = issue(id, Duration.ofDays(2));
        var huge = mvc.perform(post("/intake/" + token + "/safety").param("allergies[50000000].name", "x")
                .with(csrf())).andReturn().getResponse();
        assertThat(huge.getStatus()).isEqualTo(400);
        assertThat(huge.getErrorMessage()).isEqualTo("This form has no line 50000000.");
        var justOver = mvc.perform(post("/intake/" + token + "/safety").param("medications[100].name", "x")
                .with(csrf())).andReturn().getResponse();
        assertThat(justOver.getStatus()).isEqualTo(400);
        assertThat(intake.find(id)).isEmpty();
    }

    @Test
    void anExpiredLinkGetsAPlainPageAndReadsNothing() throws Exception {
        var id = register(registry, "Toolate");
        String token = SecretTokens.generate();
        var past = clock.instant().minus(Duration.ofMinutes(1)).atOffset(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO intake_links (token_hash, patient_id, issued_for, created_at, expires_at) "
                + "VALUES (?, ?, 'appointment old', ?, ?)").params(SecretTokens.hash(token), id, past.minusDays(3), past)
                .update();

        var page = open(token);
        assertThat(page.getStatus()).isEqualTo(410);
        assertThat(page.getContentAsString()).contains("This link no longer works").contains("This link has run out").doesNotContain("Toolate");
        var save = mvc.perform(post("/intake/" + token + "/visit").param("reasonForVisit", "Late").with(csrf()))
                .andReturn().getResponse();
        assertThat(save.getStatus()).isEqualTo(410);
        assertThat(intake.find(id)).isEmpty();
        assertThat(audited(id, "patient-via-link:", "READ", "%")).isZero();
    }

    @Test
    void aTamperedOrMadeUpLinkGetsAPlainNotFoundPage() throws Exception {
        var id = register(registry, "Tampered");
        String token = issue(id, Duration.ofDays(2));
        String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
        for (String bad : new String[] { altered, "x", "A".repeat(500), "%00" }) {
            var page = open(bad);
            assertThat(page.getStatus()).as(bad).isIn(400, 404);
            assertThat(page.getContentAsString()).as(bad).doesNotContain("Tampered");
        }
        assertThat(open(altered).getContentAsString()).contains("This link is not valid");
        assertThatThrownBy(() -> links.redeem(altered)).isInstanceOf(NotFoundException.class);
        assertThat(open(token).getStatus()).isEqualTo(200);
    }

    @Test
    void aLinkLastsUntilTheAppointmentAtMostTheLongestValidityAndNoneIsSentForACompleteIntake() {
        var id = register(registry, "Validity");
        Instant soon = clock.instant().plus(Duration.ofDays(2));
        assertThat(links.issue(SYSTEM, id, soon, "appointment soon").orElseThrow().expiresAt()).isEqualTo(soon);
        var far = links.issue(SYSTEM, id, clock.instant().plus(Duration.ofDays(60)), "appointment far").orElseThrow();
        assertThat(Duration.between(clock.instant(), far.expiresAt())).isBetween(Duration.ofDays(13),
                Duration.ofDays(14));
        assertThat(links.issue(SYSTEM, id, clock.instant().minusSeconds(60), "appointment past")).isEmpty();

        var done = register(registry, "Alldone");
        intake.saveVisit(FRONT_DESK, done, new VisitAnswers("Neck pain", null, null,
                null, null));
        ScreeningFixtures.nothingToReport(intake, FRONT_DESK, done);
        assertThat(links.issue(SYSTEM, done, soon, "appointment soon")).isEmpty();
    }
}
