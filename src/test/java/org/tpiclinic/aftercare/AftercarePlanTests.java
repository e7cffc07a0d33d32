package org.tpiclinic.aftercare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.EventDeliveries;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.NotFoundException;

/**
 * A signed session, published as procedures publishes it (inside a transaction), gives the patient one aftercare
 * plan: the practice's texts in their language, a stretch for each treated muscle and side, the lung warning only
 * when a site lies near the lung, three check-ins, and one email; a redelivered event changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AftercarePlanTests {

    static final UUID CLINICIAN = UUID.randomUUID();

    @Autowired
    ApplicationContext context;
    @Autowired
    AftercarePlans plans;
    @Autowired
    CheckIns checkIns;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    AftercareFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new AftercareFixture(context);
    }

    @Test
    void aSignedSessionGivesAPlanWithStretchesPerMuscleTheLungWarningChecksInsAndAnEmail() {
        var patient = fixture.patient("Neck", "English", "neck@example.com");
        var event = AftercareFixture.signed(patient, CLINICIAN, null, LocalDate.now(), 6,
                AftercareFixture.sites("UPPER_TRAPEZIUS_L", "UPPER_TRAPEZIUS_L", "GLUTEUS_MEDIUS_R"));
        var plan = plans.get(AftercareFixture.asPatient(patient), fixture.publishAndAwaitPlan(event));

        assertThat(plan.language()).isEqualTo("en");
        assertThat(plan.lungWarning()).isTrue();
        assertThat(plan.sections()).extracting(AftercarePlan.Part::section).containsExactly(Section.INTRO,
                Section.SORENESS, Section.ACTIVITY, Section.STRETCHES, Section.HEAT_ICE, Section.CALL_CLINIC,
                Section.EMERGENCY, Section.LUNG_WARNING);
        var stretches = body(plan, Section.STRETCHES);
        assertThat(stretches).containsOnlyOnce("Upper trapezius (left): Sit tall")
                .contains("Gluteus medius (right): Lie on your back");
        assertThat(body(plan, Section.CALL_CLINIC)).contains("(631) 555-0142").doesNotContain("{phone}");
        assertThat(checkIns.ofPlan(plan)).extracting(CheckIn::dayAfter).containsExactly(1, 7, 14);
        assertThat(fixture.count("SELECT COUNT(*) FROM outbox_messages WHERE dedupe_key = ? AND recipient = ?",
                "aftercare:" + event.sessionId() + ":plan", "neck@example.com")).isOne();
        assertThat(fixture.count("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND target = ?", patient,
                "aftercare plan for session " + event.sessionId())).isOne();
    }

    @Test
    void aSessionOnTheLowBackAndHipHasNoLungWarning() {
        var patient = fixture.patient("Hip", "English", null);
        var event = AftercareFixture.signed(patient, CLINICIAN, null, LocalDate.now(), 6,
                AftercareFixture.sites("QUADRATUS_LUMBORUM_R", "PIRIFORMIS_L"));
        var plan = plans.get(AftercareFixture.asPatient(patient), fixture.publishAndAwaitPlan(event));
        assertThat(plan.lungWarning()).isFalse();
        assertThat(plan.sections()).extracting(AftercarePlan.Part::section).doesNotContain(Section.LUNG_WARNING);
        assertThat(fixture.count("SELECT COUNT(*) FROM outbox_messages WHERE dedupe_key = ?",
                "aftercare:" + event.sessionId() + ":plan")).as("no address, no email").isZero();
    }

    @Test
    void theLungWarningFollowsTheNeckAndUpperBackRegionsAsWellAsTheAtlasColumn() {
        var patient = fixture.patient("Scm", "English", null);
        // the atlas marks sternocleidomastoid not near the thorax, but it is in the neck (clinical reference 7.4)
        var plan = plans.get(AftercareFixture.asPatient(patient), fixture.publishAndAwaitPlan(AftercareFixture
                .signed(patient, CLINICIAN, null, LocalDate.now(), 6, AftercareFixture.sites("STERNOCLEIDOMASTOID_R"))));
        assertThat(plan.lungWarning()).isTrue();
    }

    @Test
    void aSpanishSpeakingPatientGetsThePlanAndItsPdfInSpanish() throws Exception {
        var patient = fixture.patient("Garcia", "Español", "garcia@example.com");
        var me = AftercareFixture.asPatient(patient);
        var id = fixture.publishAndAwaitPlan(AftercareFixture.signed(patient, CLINICIAN, null, LocalDate.now(), 6,
                AftercareFixture.sites("PIRIFORMIS_R")));
        var plan = plans.get(me, id);
        assertThat(plan.language()).isEqualTo("es");
        assertThat(body(plan, Section.STRETCHES)).contains("Piriforme (lado derecho): Acostado boca arriba");

        var response = mvc.perform(get("/my/aftercare/" + id + "/plan.pdf").with(user(ClinicUser.of(me))))
                .andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (var pdf = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Su plan de cuidados").contains("Piriforme").contains("Blue Point");
        }
        assertThat(fixture.count("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND action = 'PRINT'",
                patient)).isOne();
    }

    @Test
    void aRedeliveredEventMakesNoSecondPlanNoSecondCheckInsAndNoSecondEmail() {
        var patient = fixture.patient("Twice", "English", "twice@example.com");
        var event = AftercareFixture.signed(patient, CLINICIAN, null, LocalDate.now(), 6,
                AftercareFixture.sites("RHOMBOIDS_L"));
        fixture.publishAndAwaitPlan(event);
        fixture.publish(event);
        fixture.publish(event);
        EventDeliveries.awaitCompleted(jdbc, event.sessionId().value());
        assertThat(fixture.count("SELECT COUNT(*) FROM aftercare_plans WHERE session_id = ?",
                event.sessionId().value())).isOne();
        assertThat(fixture.count("SELECT COUNT(*) FROM aftercare_check_ins WHERE patient_id = ?", patient)).isEqualTo(3);
        assertThat(fixture.count("SELECT COUNT(*) FROM outbox_messages WHERE recipient = ?", "twice@example.com"))
                .isOne();
    }

    @Test
    void aPatientCannotReadAnotherPatientsPlanAndTheRefusalIsAudited() {
        var owner = fixture.patient("Owner", "English", null);
        var other = fixture.patient("Other", "English", null);
        var id = fixture.publishAndAwaitPlan(AftercareFixture.signed(owner, CLINICIAN, null, LocalDate.now(), 6,
                AftercareFixture.sites("SOLEUS_L")));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.get(AftercareFixture.asPatient(other), id))
                .isInstanceOf(NotFoundException.class);
        assertThat(fixture.count("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND outcome = 'DENIED'",
                owner)).isOne();
        var clinician = new CurrentUser(UUID.randomUUID(), "clin", "Clin", Role.CLINICIAN, null);
        assertThat(plans.get(clinician, id).patientId()).isEqualTo(owner);
    }

    private static String body(AftercarePlan plan, Section section) {
        return plan.sections().stream().filter(p -> p.section() == section).map(AftercarePlan.Part::body)
                .findFirst().orElseThrow();
    }
}
