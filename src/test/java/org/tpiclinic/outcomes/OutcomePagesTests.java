package org.tpiclinic.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.aftercare.CheckInSubmitted;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.procedures.InjectionSessionSigned;
import org.tpiclinic.procedures.SessionId;
import org.tpiclinic.procedures.Technique;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.Milligrams;
import org.tpiclinic.shared.Millilitres;
import org.tpiclinic.shared.PatientId;

/**
 * Outcomes against the real database: signed sessions and check-ins published in a transaction (as procedures
 * and aftercare do) become scores once, however often delivered; the patient's chart, PDF and portal form; who
 * may see what; audit entries.
 */
@SpringBootTest
@AutoConfigureMockMvc
class OutcomePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    UUID patient;
    UUID session = UUID.randomUUID();

    static ClinicUser as(Role role, UUID patientId) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase() + "-o", role.name(), role,
                patientId));
    }

    static final ClinicUser CLINICIAN = as(Role.CLINICIAN, null);

    @BeforeEach
    void aPatient() {
        var details = new PatientDetails("Olive", "Outcome", null, LocalDate.of(1970, 5, 5), Sex.FEMALE, null, null,
                null, null, null, null, "English", Kilograms.of("70"), LocalDate.of(2026, 1, 1));
        patient = registry.register(CurrentUser.system("test"), details, true).registered().id();
    }

    InjectionSessionSigned signed(UUID id, LocalDate on, int before, int after) {
        return new InjectionSessionSigned(SessionId.of(id), PatientId.of(patient), ClinicianId.of(UUID.randomUUID()),
                null, null, on, Instant.parse(on + "T15:00:00Z"),
                List.of(new InjectionSessionSigned.TreatedSite(new BodySite("UPPER_TRAPEZIUS", Side.LEFT),
                        Technique.INJECTION)),
                List.of(new InjectionSessionSigned.AgentGiven("LIDOCAINE_1", "Lidocaine 1 % plain",
                        Millilitres.of("3"), Milligrams.of("30"), false)),
                List.of("M79.12"), before, after);
    }

    void publish(Object event) {
        transaction.executeWithoutResult(t -> events.publishEvent(event));
    }

    long scores() {
        return jdbc.sql("SELECT COUNT(*) FROM outcome_responses WHERE patient_id = ?").param(patient).query(Long.class)
                .single();
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, ClinicUser who) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
    }

    @Test
    void aSignedSessionAndACheckInBecomeScoresOnceHoweverOftenDelivered() {
        var event = signed(session, LocalDate.of(2026, 11, 2), 8, 3);
        publish(event);
        await().atMost(Duration.ofSeconds(10)).until(() -> scores() == 2);
        publish(event);
        var checkIn = new CheckInSubmitted(UUID.randomUUID(), SessionId.of(session), PatientId.of(patient), 14,
                Instant.parse("2026-11-16T12:00:00Z"), 4, false);
        publish(checkIn);
        publish(checkIn);
        await().atMost(Duration.ofSeconds(10)).until(() -> scores() == 3);
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("SELECT response FROM outcome_sessions "
                + "WHERE session_id = ?").param(session).query(BigDecimal.class).optional().isPresent());
        // Baseline from the pre-session 8 (no form): 4 at day 14 is 4 points, 50 %.
        var row = jdbc.sql("SELECT session_number, baseline, response, responder, substantial FROM outcome_sessions "
                + "WHERE session_id = ?").param(session).query().singleRow();
        assertThat(row.values()).extracting(String::valueOf).containsExactly("1", "8.00", "4.00", "true", "true");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outcome_sessions WHERE session_id = ?").param(session)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSignedSessionKeepsEachMuscleAndRegionOnceWithItsResultsHoweverOftenDelivered() {
        var on = LocalDate.of(2026, 11, 2);
        var event = new InjectionSessionSigned(SessionId.of(session), PatientId.of(patient),
                ClinicianId.of(UUID.randomUUID()), null, null, on, Instant.parse(on + "T15:00:00Z"),
                List.of(new InjectionSessionSigned.TreatedSite(new BodySite("UPPER_TRAPEZIUS", Side.LEFT),
                        Technique.INJECTION),
                        new InjectionSessionSigned.TreatedSite(new BodySite("UPPER_TRAPEZIUS", Side.RIGHT),
                                Technique.INJECTION),
                        new InjectionSessionSigned.TreatedSite(new BodySite("QUADRATUS_LUMBORUM", Side.LEFT),
                                Technique.DRY_NEEDLING)),
                List.of(new InjectionSessionSigned.AgentGiven("LIDOCAINE_1", "Lidocaine 1 % plain",
                        Millilitres.of("4"), Milligrams.of("40"), false)),
                List.of("M79.12"), 8, 3);
        publish(event);
        publish(event);
        await().atMost(Duration.ofSeconds(10)).until(() -> scores() == 2);
        assertThat(sessionRow()).isEqualTo("QUADRATUS_LUMBORUM,UPPER_TRAPEZIUS LOW_BACK,NECK 1 null");
        publish(new CheckInSubmitted(UUID.randomUUID(), SessionId.of(session), PatientId.of(patient), 14,
                Instant.parse("2026-11-16T12:00:00Z"), 4, false));
        // Baseline from the pre-session 8: 4 at day 14 is a responder.
        await().atMost(Duration.ofSeconds(10)).until(() -> sessionRow().equals(
                "QUADRATUS_LUMBORUM,UPPER_TRAPEZIUS LOW_BACK,NECK 1 true"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM outcome_session_sites WHERE session_id = ?").param(session)
                .query(Long.class).single()).isEqualTo(3);
    }

    String sessionRow() {
        return jdbc.sql("SELECT muscles, regions, session_number, responder FROM outcome_sessions "
                + "WHERE session_id = ?").param(session)
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2) + " " + rs.getObject(3) + " "
                        + rs.getObject(4))
                .single();
    }

    @Test
    void anOutOfRangeCheckInScoreIsNotStored() {
        publish(signed(session, LocalDate.of(2026, 11, 2), 6, 2));
        await().atMost(Duration.ofSeconds(10)).until(() -> scores() == 2);
        publish(new CheckInSubmitted(UUID.randomUUID(), SessionId.of(session), PatientId.of(patient), 7,
                Instant.parse("2026-11-09T12:00:00Z"), 11, false));
        publish(new CheckInSubmitted(UUID.randomUUID(), SessionId.of(session), PatientId.of(patient), 14,
                Instant.parse("2026-11-16T12:00:00Z"), 3, false));
        await().atMost(Duration.ofSeconds(10)).until(() -> scores() == 3);
        assertThat(jdbc.sql("SELECT MAX(score) FROM outcome_responses WHERE patient_id = ?").param(patient)
                .query(BigDecimal.class).single()).isEqualByComparingTo("6");
    }

    @Test
    void theClinicianSeesTheChartWithSessionMarkersTheTableAndThePdfAndEachReadIsAudited() throws Exception {
        publish(signed(session, LocalDate.of(2026, 11, 2), 8, 3));
        publish(new CheckInSubmitted(UUID.randomUUID(), SessionId.of(session), PatientId.of(patient), 14,
                Instant.parse("2026-11-16T12:00:00Z"), 4, false));
        await().atMost(Duration.ofSeconds(10)).until(() -> scores() == 3);
        var page = send(get("/patients/" + patient + "/outcomes"), CLINICIAN);
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).contains("<svg").contains("Session 1, 2026-11-02: Lidocaine 1 % plain 3 mL; Upper trapezius, left")
                .contains("-4 points (-50 %)").contains("Substantial relief")
                .contains("the pain score just before the first session is used as the baseline")
                .contains("id=\"scores-table\"").contains("Aftercare check-in").contains("Farrar");
        var pdf = send(get("/patients/" + patient + "/outcomes.pdf"), CLINICIAN);
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND action IN ('READ', 'PRINT') "
                + "AND target LIKE 'outcomes%'").param(patient).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void frontDeskBillingAndOtherPatientsAreRefusedAndTheRefusalIsAudited() throws Exception {
        assertThat(send(get("/patients/" + patient + "/outcomes"), as(Role.FRONT_DESK, null)).getStatus()).isEqualTo(403);
        assertThat(send(get("/patients/" + patient + "/outcomes.pdf"), as(Role.BILLING, null)).getStatus()).isEqualTo(403);
        assertThat(send(get("/patients/" + patient + "/outcomes"), as(Role.PATIENT, UUID.randomUUID())).getStatus())
                .isEqualTo(403);
        assertThat(send(get("/outcomes"), as(Role.FRONT_DESK, null)).getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND outcome = 'DENIED'")
                .param(patient).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPatientFillsTheBaselineOnceOutOfRangeIsRefusedBesideTheFieldAndASecondIsRefused() throws Exception {
        var me = as(Role.PATIENT, patient);
        var form = send(get("/my/outcomes"), me);
        assertThat(form.getContentAsString()).contains("Before your first treatment").contains("PAIN_NRS.PAIN");
        String key = "baseline:" + patient;
        var bad = send(post("/my/outcomes").param("key", key).param("PAIN_NRS.PAIN", "12")
                .param("PSFS.ACTIVITY_1", "4").param("PSFS.ACTIVITY_1.label", "Carrying groceries"), me);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("Choose a whole number from 0 to 10.");
        assertThat(scores()).isZero();
        var good = send(post("/my/outcomes").param("key", key).param("PAIN_NRS.PAIN", "7")
                .param("PSFS.ACTIVITY_1", "4").param("PSFS.ACTIVITY_1.label", "Carrying groceries")
                .param("PSFS.ACTIVITY_2", "6").param("PSFS.ACTIVITY_2.label", "Driving"), me);
        assertThat(good.getStatus()).isEqualTo(302);
        assertThat(scores()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT score FROM outcome_responses WHERE patient_id = ? AND instrument_code = 'PSFS'")
                .param(patient).query(BigDecimal.class).single()).isEqualByComparingTo("5");
        var again = send(post("/my/outcomes").param("key", key).param("PAIN_NRS.PAIN", "7")
                .param("PSFS.ACTIVITY_1", "4").param("PSFS.ACTIVITY_1.label", "Carrying groceries"), me);
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(scores()).isEqualTo(2);
        assertThat(send(get("/my/outcomes"), me).getContentAsString()).contains("Nothing to fill in right now")
                .contains("Only one score so far");
    }
}
