package org.tpiclinic.procedures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.procedures.dose.ClinicPolicies;
import org.tpiclinic.shared.PatientId;

/**
 * "Repeat without documented relief" judged by what the clinic documents after a session: the patient's later pain
 * scores (aftercare check-ins, monthly follow-ups, kept by the outcomes module), by the practice's responder
 * thresholds; the session's own before and after scores only when there is no later score. Each case is built by
 * hand: a session signed through the real services, dated three weeks back, and the later scores it needs.
 */
@SpringBootTest
class RepeatReliefPolicyTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    Procedures procedures;
    @Autowired
    SessionSigning signing;
    @Autowired
    JdbcClient jdbc;

    SessionFixtures fixtures;
    PatientId patient;
    LocalDate earlierOn;

    @BeforeEach
    void clinician() {
        fixtures = new SessionFixtures(context);
        patient = fixtures.consentedPatient("Relief" + System.nanoTime() % 100000);
    }

    @Test
    void aCheckInShowingReliefMeansNoWarningEvenWhenTheDayItselfShowedNone() {
        signEarlierSession(7, 7);
        score("CHECK_IN", 2, 3);
        assertThat(noReliefNotice()).isEmpty();
    }

    @Test
    void withoutLaterScoresTheSessionsOwnScoresDecideAndTheWarningSaysSo() {
        signEarlierSession(7, 7);
        var notice = noReliefNotice();
        assertThat(notice).isPresent();
        assertThat(notice.get().message()).contains("No check-in or follow-up score after that session")
                .contains("the pain was 7 before and 7 after");

        var relievedOnTheDay = fixtures.consentedPatient("Sameday" + System.nanoTime() % 100000);
        patient = relievedOnTheDay;
        signEarlierSession(7, 3);
        assertThat(noReliefNotice()).as("less pain after than before, nothing later").isEmpty();
    }

    @Test
    void laterScoresBackAtBaselineWarnAndNameTheScoresFound() {
        signEarlierSession(7, 3);
        score("CHECK_IN", 1, 6);
        score("CHECK_IN", 7, 7);
        score("FOLLOW_UP", 14, 7);
        var notice = noReliefNotice();
        assertThat(notice).isPresent();
        assertThat(notice.get().message()).contains("Later scores: 6 of 10 (Aftercare check-in, " + earlierOn
                .plusDays(1)).contains("7 of 10 (Monthly follow-up, " + earlierOn.plusDays(14))
                .contains("at least 2 points or 30 % below the pain of 7 before the session")
                .doesNotContain("the pain was 7 before and 3 after");
    }

    @Test
    void scoresAfterTheNextSessionDoNotCountForTheOneBefore() {
        signEarlierSession(7, 7);
        // another signed session (elsewhere) a week later: what follows it is its own evidence
        jdbc.sql("""
                INSERT INTO outcome_sessions (session_id, patient_id, clinician_id, performed_on, signed_at,
                    injectate, dry_needling, steroid, agents)
                VALUES (?, ?, ?, ?, ?, TRUE, FALSE, FALSE, 'Lidocaine 1 % plain 1 mL')""")
                .params(UUID.randomUUID(), patient.value(), UUID.randomUUID(), earlierOn.plusDays(7),
                        OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        score("CHECK_IN", 10, 2);
        var notice = noReliefNotice();
        assertThat(notice).as("the only relief came after the next session").isPresent();
        assertThat(notice.get().message()).contains("No check-in or follow-up score after that session");
    }

    /** A three-muscle session signed today with these scores, then dated 21 days back. */
    private void signEarlierSession(int before, int after) {
        var d = SessionFixtures.threeMuscles("1");
        var draft = new Draft(d.timeOutConfirmed(), before, d.indication(), d.mixture(), d.sites(), after,
                d.rangeOfMotion(), d.tolerance(), d.complications(), d.diagnoses());
        var session = procedures.open(fixtures.clinician, patient, null);
        session = procedures.revise(fixtures.clinician, patient, session.sessionId(), session.version(), draft);
        signing.sign(fixtures.clinician, patient, session.sessionId(), session.version());
        earlierOn = session.performedOn().minusDays(21);
        jdbc.sql("UPDATE injection_sessions SET performed_on = ? WHERE id = ?").params(earlierOn, session.id())
                .update();
    }

    /** A pain score the patient gave {@code days} after the earlier session. */
    private void score(String occasion, int days, int pain) {
        var on = earlierOn.plusDays(days);
        jdbc.sql("""
                INSERT INTO outcome_responses (id, patient_id, instrument_code, occasion, session_id, observed_at,
                    observed_on, score, source_key, recorded_by, recorded_at)
                VALUES (?, ?, 'PAIN_NRS', ?, NULL, ?, ?, ?, ?, 'test', ?)""")
                .params(UUID.randomUUID(), patient.value(), occasion, on.atTime(10, 0).atOffset(ZoneOffset.UTC), on,
                        pain, "test:" + UUID.randomUUID(), OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    /** The warning a new session today at the same muscles gets, if any. */
    private Optional<DoseCheck.DoseNotice> noReliefNotice() {
        var session = procedures.open(fixtures.clinician, patient, null);
        session = procedures.revise(fixtures.clinician, patient, session.sessionId(), session.version(),
                SessionFixtures.threeMuscles("1"));
        List<DoseCheck.DoseNotice> notices = procedures.facts(fixtures.clinician, session).policyNotices();
        return notices.stream().filter(n -> n.code().equals(ClinicPolicies.NO_RELIEF)).findFirst();
    }
}
