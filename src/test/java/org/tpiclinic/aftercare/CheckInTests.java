package org.tpiclinic.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.TestSmtp;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.notifications.OutboxTestDispatch;

/**
 * Check-ins: sent once when due by the sweep, as an email (GreenMail) whose link opens only that check-in; a red
 * flag tells the patient what to do now and puts them on the worklist at once; one answer, one event; a second
 * answer, an expired or an altered link are refused plainly.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CheckInTests {

    static final int SMTP_PORT = TestSmtp.freePort();
    static final Pattern LINK = Pattern.compile("http://localhost:8080(/check-in/[A-Za-z0-9_-]{43})");

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.pointMailAt(registry, SMTP_PORT);
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    CheckInSweep sweep;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEvents events;

    AftercareFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new AftercareFixture(context);
    }

    @Test
    void theSweepSendsADueCheckInOnceAndItsLinkOpensOnlyThatForm() throws Exception {
        var patient = fixture.patient("Sweep", "English", "sweep@example.com");
        var plan = planTwoDaysAgo(patient);
        int first = sweep.sweep();
        assertThat(first).as("only the day-1 check-in is due").isGreaterThanOrEqualTo(1);
        assertThat(sweep.sweep()).as("a second run sends nothing again").isZero();
        var dayOne = dayOne(plan);
        assertThat(fixture.count("SELECT COUNT(*) FROM outbox_messages WHERE dedupe_key = ?",
                "aftercare:check-in:" + dayOne)).isOne();
        assertThat(fixture.count("SELECT COUNT(*) FROM aftercare_check_ins WHERE plan_id = ? AND sent_at IS NULL",
                plan)).as("days 7 and 14 wait").isEqualTo(2);

        String path = linkFromEmail("sweep@example.com");
        assertThat(greenMail.getReceivedMessagesForDomain("sweep@example.com")).extracting(m -> m.getSubject())
                .contains("Your aftercare plan", "How are you doing after your session?");
        var page = mvc.perform(get(path)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Check-in, day 1 after your session")
                .contains("Send my answers");
    }

    @Test
    void aRedFlagThroughTheLinkSaysWhatToDoNowPutsThePatientOnTheWorklistAndPublishesOnce() throws Exception {
        var patient = fixture.patient("Breath", "English", "breath@example.com");
        var plan = planTwoDaysAgo(patient);
        sweep.sweep();
        String path = linkFromEmail("breath@example.com");

        var answered = answer(path, "2", "true");
        assertThat(answered.getStatus()).isEqualTo(302);
        assertThat(answered.getRedirectedUrl()).isEqualTo(path);
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("Call 911 now")
                .contains("Do not drive yourself");
        assertThat(events.stream(CheckInSubmitted.class).filter(e -> e.patientId().value().equals(patient)))
                .singleElement().satisfies(e -> {
                    assertThat(e.redFlag()).isTrue();
                    assertThat(e.dayAfter()).isEqualTo(1);
                    assertThat(e.pain()).isEqualTo(2);
                });

        var clinician = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "clin", "Clin", Role.CLINICIAN, null));
        assertThat(mvc.perform(get("/aftercare/worklist").with(user(clinician))).andReturn().getResponse()
                .getContentAsString()).contains("Breath").contains("trouble breathing")
                .contains("Emergency");

        var again = answer(path, "1", "false");
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentAsString()).contains("You already answered this check-in");
        assertThat(events.stream(CheckInSubmitted.class).filter(e -> e.patientId().value().equals(patient)))
                .as("a second answer publishes nothing").hasSize(1);
        assertThat(fixture.count("SELECT pain FROM aftercare_check_ins WHERE id = ?", dayOne(plan)))
                .as("the first answers stand").isEqualTo(2);
    }

    @Test
    void anAnswerWithoutRedFlagsKeepsThePatientOffTheWorklist() throws Exception {
        var patient = fixture.patient("Calm", "English", "calm@example.com");
        var plan = planTwoDaysAgo(patient);
        sweep.sweep();
        answer(linkFromEmail("calm@example.com"), "3", "false");
        assertThat(fixture.count("SELECT COUNT(*) FROM aftercare_check_ins WHERE plan_id = ? AND urgency = 'NONE'",
                plan)).isOne();
    }

    @Test
    void painWorseThanBeforeTheSessionAsksThePatientToCallTheClinic() throws Exception {
        var patient = fixture.patient("Worse", "English", "worse@example.com");
        planTwoDaysAgo(patient); // pain before: 6
        sweep.sweep();
        String path = linkFromEmail("worse@example.com");
        answer(path, "8", "false");
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString())
                .contains("Please call us today").contains("(631) 555-0142");
    }

    @Test
    void anExpiredOrAlteredLinkSaysTheLinkNoLongerWorksAndChangesNothing() throws Exception {
        var patient = fixture.patient("Expired", "English", "expired@example.com");
        var plan = planTwoDaysAgo(patient);
        sweep.sweep();
        String path = linkFromEmail("expired@example.com");

        String altered = path.substring(0, path.length() - 1) + (path.endsWith("A") ? "B" : "A");
        var unknown = mvc.perform(get(altered)).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("This link no longer works").contains("is not valid");
        assertThat(mvc.perform(post(altered).with(csrf()).param("pain", "9")).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        jdbc.sql("UPDATE aftercare_check_ins SET link_expires_at = link_expires_at - INTERVAL '6' DAY WHERE plan_id = ?")
                .param(plan).update();
        var expired = answer(path, "9", "true");
        assertThat(expired.getStatus()).isEqualTo(410);
        assertThat(expired.getContentAsString()).contains("This link no longer works").contains("has expired");
        assertThat(fixture.count("SELECT COUNT(*) FROM aftercare_check_ins WHERE plan_id = ? AND submitted_at IS NOT NULL",
                plan)).isZero();
    }

    @Test
    void aMissingOrImpossibleAnswerIsShownBesideItsQuestionAndNothingIsSaved() throws Exception {
        var patient = fixture.patient("Typo", "English", "typo@example.com");
        var plan = planTwoDaysAgo(patient);
        sweep.sweep();
        String path = linkFromEmail("typo@example.com");
        var response = mvc.perform(post(path).with(csrf()).param("pain", "11").param("soreness", "AWFUL")
                .param("fever", "maybe")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("id=\"pain-error\"").contains("Choose a number from 0 to 10")
                .contains("id=\"soreness-error\"").contains("id=\"fever-error\"").contains("id=\"breathing-error\"");
        assertThat(fixture.count("SELECT COUNT(*) FROM aftercare_check_ins WHERE plan_id = ? AND submitted_at IS NOT NULL",
                plan)).isZero();
    }

    @Test
    void inThePortalAPatientAnswersTheirOwnCheckInButNotAnothersNorOneNotYetDue() throws Exception {
        var patient = fixture.patient("Portal", "English", null);
        var other = fixture.patient("Stranger", "English", null);
        var plan = planTwoDaysAgo(patient);
        var me = ClinicUser.of(AftercareFixture.asPatient(patient));
        var stranger = ClinicUser.of(AftercareFixture.asPatient(other));
        UUID dayOne = dayOne(plan);
        UUID daySeven = jdbc.sql("SELECT id FROM aftercare_check_ins WHERE plan_id = ? AND day_after = 7").param(plan)
                .query(UUID.class).single();

        assertThat(mvc.perform(get("/my/aftercare").with(user(me))).andReturn().getResponse().getContentAsString())
                .contains("Answer the day 1 check-in").contains("Your aftercare plan");
        assertThat(mvc.perform(get("/my/aftercare/check-ins/" + dayOne).with(user(stranger))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/my/aftercare/check-ins/" + dayOne).with(user(stranger)).with(csrf())
                .params(answers("1", "false"))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/my/aftercare/check-ins/" + daySeven).with(user(me)).with(csrf())
                .params(answers("1", "false"))).andReturn().getResponse().getStatus()).isEqualTo(409);
        var ok = mvc.perform(post("/my/aftercare/check-ins/" + dayOne).with(user(me)).with(csrf())
                .params(answers("1", "false"))).andReturn().getResponse();
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(sweep.sweep()).as("answered in the portal before the sweep: no email").isGreaterThanOrEqualTo(0);
        assertThat(fixture.count("SELECT COUNT(*) FROM aftercare_check_ins WHERE id = ? AND sent_at IS NULL", dayOne))
                .isOne();
    }

    private UUID planTwoDaysAgo(UUID patient) {
        return fixture.publishAndAwaitPlan(AftercareFixture.signed(patient, UUID.randomUUID(), null,
                LocalDate.now().minusDays(2), 6, AftercareFixture.sites("UPPER_TRAPEZIUS_R")));
    }

    private UUID dayOne(UUID plan) {
        return jdbc.sql("SELECT id FROM aftercare_check_ins WHERE plan_id = ? AND day_after = 1").param(plan)
                .query(UUID.class).single();
    }

    private String linkFromEmail(String address) throws Exception {
        OutboxTestDispatch.dispatchDue(context);
        for (var message : greenMail.getReceivedMessagesForDomain(address)) {
            var matcher = LINK.matcher(TestSmtp.plainText(message));
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new AssertionError("no check-in link was emailed to " + address);
    }

    private MockHttpServletResponse answer(String path, String pain, String breathing) throws Exception {
        return mvc.perform(post(path).with(csrf()).params(answers(pain, breathing))).andReturn().getResponse();
    }

    private static org.springframework.util.LinkedMultiValueMap<String, String> answers(String pain, String breathing) {
        var form = new org.springframework.util.LinkedMultiValueMap<String, String>();
        form.add("pain", pain);
        form.add("soreness", "MILD");
        form.add("bruising", "false");
        form.add("fever", "false");
        form.add("redness", "false");
        form.add("breathing", breathing);
        return form;
    }
}
