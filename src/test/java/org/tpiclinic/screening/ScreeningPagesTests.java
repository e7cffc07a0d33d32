package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tpiclinic.screening.Answer.NO;
import static org.tpiclinic.screening.Answer.YES;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.intake.Reported;
import org.tpiclinic.screening.intake.SafetyAnswers;

/**
 * Every role against every screening route, aimed at someone else's patient; and bad input answered with a
 * message beside the field, nothing changed, never a 500.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScreeningPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    JdbcClient jdbc;

    UUID own;
    UUID other;

    record Route(String name, Set<Role> allowed, Function<ScreeningPagesTests, MockHttpServletRequestBuilder> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final Set<Role> STAFF = EnumSet.of(Role.FRONT_DESK, Role.CLINICIAN, Role.BILLING, Role.ADMIN);
    static final Set<Role> EDITORS = EnumSet.of(Role.FRONT_DESK, Role.CLINICIAN, Role.ADMIN);

    static List<Route> routes() {
        return List.of(
                new Route("GET screening", STAFF, t -> get("/patients/" + t.other + "/screening")
                        .param("agent", "LIDOCAINE_1_PLAIN").param("sites", "GLUTEUS_MEDIUS:LEFT")),
                new Route("POST screening review", EnumSet.of(Role.CLINICIAN), t -> post("/patients/" + t.other
                        + "/screening").param("agent", "SALINE").param("sites", "PIRIFORMIS:RIGHT")
                        .param("decision", "NOT_ELIGIBLE")),
                new Route("GET intake", STAFF, t -> get("/patients/" + t.other + "/intake")),
                new Route("POST intake visit", EDITORS, t -> post("/patients/" + t.other + "/intake/visit")
                        .param("reasonForVisit", "Neck pain")),
                new Route("POST intake accept", EDITORS, t -> post("/patients/" + t.other + "/intake/proposals/"
                        + t.proposal() + "/accept")),
                new Route("GET admin rules", EnumSet.of(Role.ADMIN), t -> get("/admin/screening-rules")));
    }

    UUID proposal() {
        return jdbc.sql("SELECT p.proposal_id FROM intake_proposals p JOIN intakes i ON i.id = p.intake_id "
                + "WHERE i.patient_id = ? AND p.status = 'PENDING'").param(other).query(UUID.class).list().stream()
                .findFirst().orElse(UUID.randomUUID());
    }

    Stream<Arguments> matrix() {
        var args = new ArrayList<Arguments>();
        for (Role role : Role.values()) {
            for (Route route : routes()) {
                args.add(Arguments.of(role, route));
            }
        }
        return args.stream();
    }

    @BeforeAll
    void patients() {
        own = ScreeningFixtures.register(registry, "Pageown");
        other = ScreeningFixtures.register(registry, "Pagetarget");
        var allergies = new ArrayList<Reported.Allergy>();
        for (int i = 0; i < 8; i++) {
            allergies.add(new Reported.Allergy("Substance" + i,
                    AllergyClass.OTHER));
        }
        intake.saveSafety(ScreeningFixtures.FRONT_DESK, other, new SafetyAnswers(NO,
                NO, null, NO, NO, NO, NO, NO, NO, NO, NO, YES, null, null), allergies,
                List.of());
    }

    ClinicUser as(Role role) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase(), role.name(), role,
                role == Role.PATIENT ? own : null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void eachRoleReachesOnlyWhatItMay(Role role, Route route) throws Exception {
        var response = mvc.perform(route.request().apply(this).with(user(as(role))).with(csrf())).andReturn()
                .getResponse();
        if (route.allowed().contains(role)) {
            assertThat(response.getStatus()).as("%s may %s", role, route).isIn(200, 302);
        } else {
            assertThat(response.getStatus()).as("%s may not %s", role, route).isEqualTo(403);
            assertThat(response.getContentAsString()).doesNotContain("Pagetarget");
        }
    }

    @Test
    void aPatientFillsTheirOwnIntakeInThePortal() throws Exception {
        var response = mvc.perform(post("/patients/" + own + "/intake/visit").param("reasonForVisit", "Shoulder")
                .param("baselinePain", "6").with(user(as(Role.PATIENT))).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        var page = mvc.perform(get("/patients/" + own + "/intake").with(user(as(Role.PATIENT)))).andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Shoulder").contains("patient-reported");
    }

    @Test
    void thePatientCanAnswerIDontKnowAndSeesThatAnswerAgain() throws Exception {
        var id = ScreeningFixtures.register(registry, "Dontknow");
        var response = mvc.perform(post("/patients/" + id + "/intake/safety").param("noAllergies", "YES")
                .param("bloodThinners", "UNSURE").param("pregnant", "NO").with(user(as(Role.FRONT_DESK)))
                .with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        var safety = intake.find(id).orElseThrow().safety();
        assertThat(safety.bloodThinners()).isEqualTo(Answer.UNSURE);
        assertThat(safety.pregnant()).isEqualTo(Answer.NO);
        assertThat(safety.diabetes()).isEqualTo(Answer.NOT_ANSWERED);
        String page = mvc.perform(get("/patients/" + id + "/intake").with(user(as(Role.FRONT_DESK)))).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).containsPattern("id=\"safety-bloodThinners-unsure\" value=\"UNSURE\" checked")
                .containsPattern("id=\"safety-pregnant-no\" value=\"NO\" checked")
                .doesNotContainPattern("id=\"safety-diabetes-[a-z]+\" value=\"[A-Z]+\" checked")
                .contains("I don&#39;t know");
    }

    @Test
    void badIntakeInputIsShownBesideTheFieldKeepsWhatWasTypedAndChangesNothing() throws Exception {
        var id = ScreeningFixtures.register(registry, "Badpage");
        var response = mvc.perform(post("/patients/" + id + "/intake/safety").param("noAllergies", "YES")
                .param("allergies[0].name", "Penicillin").param("weightKg", "eighty")
                .param("weightMeasuredOn", "2025-02-30").with(user(as(Role.FRONT_DESK))).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("weightKg-error").contains("weightMeasuredOn-error")
                .contains("Penicillin");
        response = mvc.perform(post("/patients/" + id + "/intake/safety").param("noAllergies", "YES")
                .param("allergies[0].name", "Penicillin").with(user(as(Role.FRONT_DESK))).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("noAllergies-error").contains("no allergies");
        assertThat(intake.find(id)).isEmpty();
    }

    @Test
    void checkingAPlanWorksWithoutJavaScriptAndGivesHtmxThePanelItReplaces() throws Exception {
        var id = ScreeningFixtures.register(registry, "Panelcheck");
        ScreeningFixtures.nothingToReport(intake, ScreeningFixtures.FRONT_DESK, id);
        String empty = mvc.perform(get("/patients/" + id + "/screening").with(user(as(Role.CLINICIAN))))
                .andReturn().getResponse().getContentAsString();
        assertThat(empty).contains("hx-get=\"/patients/" + id + "/screening\"")
                .contains("hx-select=\"#review-panel\"").contains("id=\"review-panel\"")
                .doesNotContain("id=\"results-heading\"");
        // The plain form's GET (what a browser without JavaScript sends) answers the whole page with the results
        // inside the panel that htmx selects from that same answer.
        String checked = mvc.perform(get("/patients/" + id + "/screening").param("agent", "PROCAINE_05")
                .param("sites", "PIRIFORMIS:RIGHT").with(user(as(Role.CLINICIAN)))).andReturn().getResponse()
                .getContentAsString();
        int panel = checked.indexOf("id=\"review-panel\"");
        assertThat(panel).isPositive();
        assertThat(checked.indexOf("id=\"results-heading\"")).isGreaterThan(panel);
        assertThat(checked).contains("<html").contains("name=\"decision\"");
    }

    @Test
    void aHardStopCannotBeOverriddenThroughTheForm() throws Exception {
        var id = ScreeningFixtures.register(registry, "Formstop");
        ScreeningFixtures.nothingToReport(intake, ScreeningFixtures.FRONT_DESK, id);
        var response = mvc.perform(post("/patients/" + id + "/screening").param("agent", "PROCAINE_05")
                .param("sites", "PIRIFORMIS:RIGHT").param("decision", "ELIGIBLE").with(user(as(Role.CLINICIAN)))
                .with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        registry.addAllergy(ScreeningFixtures.SYSTEM, id, "Procaine", AllergyClass.ESTER,
                ReactionType.HIVES_OR_RASH, Severity.MODERATE);
        response = mvc.perform(post("/patients/" + id + "/screening").param("agent", "PROCAINE_05")
                .param("sites", "PIRIFORMIS:RIGHT").param("decision", "ELIGIBLE_WITH_WARNINGS")
                .param("reasons[ALLERGY_AGENT_CLASS]", "override").with(user(as(Role.CLINICIAN))).with(csrf()))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("decision-error").contains("hard stop");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM screening_reviews WHERE patient_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = { "BICEPS_BRACHII:LEFT", "UPPER_TRAPEZIUS:BILATERAL",
            "UPPER_TRAPEZIUS", "UPPER_TRAPEZIUS:UNRECORDED", "UPPER_TRAPEZIUS_L" })
    void thePlanFormRefusesAMuscleTheAtlasLacksOrASideItDoesNotOfferBesideTheSites(String site) throws Exception {
        var id = ScreeningFixtures.register(registry, "Formsite");
        ScreeningFixtures.nothingToReport(intake, ScreeningFixtures.FRONT_DESK, id);
        var response = mvc.perform(post("/patients/" + id + "/screening").param("agent", "SALINE")
                .param("sites", "PIRIFORMIS:RIGHT").param("sites", site).param("decision", "ELIGIBLE")
                .with(user(as(Role.CLINICIAN))).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        String page = response.getContentAsString();
        assertThat(page).contains("id=\"sites-error\"").containsPattern(
                "id=\"sites-error\"[^>]*>Choose (muscles from the list|a side \\(left, right or both\\))");
        assertThat(page).contains("aria-describedby=\"sites-error sites-help\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM screening_reviews WHERE patient_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void thePlanFormOffersTheAtlasMusclesByRegionAndRecordsBothSidesAsTwoSites() throws Exception {
        var id = ScreeningFixtures.register(registry, "Formboth");
        ScreeningFixtures.nothingToReport(intake, ScreeningFixtures.FRONT_DESK, id);
        String page = mvc.perform(get("/patients/" + id + "/screening").with(user(as(Role.CLINICIAN))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"site-SOLEUS\"").contains("id=\"region-NECK\"")
                .contains("value=\"GLUTEUS_MINIMUS:BOTH\"");
        var response = mvc.perform(post("/patients/" + id + "/screening").param("agent", "SALINE")
                .param("sites", "GLUTEUS_MINIMUS:BOTH").param("sites", "SOLEUS:LEFT").param("decision", "ELIGIBLE")
                .with(user(as(Role.CLINICIAN))).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT plan FROM screening_reviews WHERE patient_id = ?").param(id).query(String.class)
                .single()).isEqualTo("SALINE;steroid=false;GLUTEUS_MINIMUS_L,GLUTEUS_MINIMUS_R,SOLEUS_L");
    }

    @Test
    void badRuleChangesAreRefusedWithAMessageAndMakeNoVersion() throws Exception {
        int before = jdbc.sql("SELECT MAX(version) FROM screening_rule_sets").query(Integer.class).single();
        for (var threshold : new String[] { "abc", "0", "99999" }) {
            var response = mvc.perform(post("/admin/screening-rules/WEIGHT_CURRENT")
                    .param("basedOnVersion", String.valueOf(before)).param("severity", "WARNING")
                    .param("threshold", threshold).param("reason", "test").with(user(as(Role.ADMIN))).with(csrf()))
                    .andReturn().getResponse();
            assertThat(response.getStatus()).as(threshold).isEqualTo(400);
            assertThat(response.getContentAsString()).contains("problem-WEIGHT_CURRENT");
        }
        var noReason = mvc.perform(post("/admin/screening-rules/WEIGHT_CURRENT").param("basedOnVersion",
                String.valueOf(before)).param("severity", "WARNING").param("threshold", "60")
                .with(user(as(Role.ADMIN))).with(csrf())).andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT MAX(version) FROM screening_rule_sets").query(Integer.class).single())
                .isEqualTo(before);
        var unknown = mvc.perform(post("/admin/screening-rules/NOPE").param("basedOnVersion", "1")
                .with(user(as(Role.ADMIN))).with(csrf())).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(404);
    }
}
