package org.tpiclinic.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.tpiclinic.screening.ScreeningFixtures.SYSTEM;
import static org.tpiclinic.screening.ScreeningFixtures.register;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.screening.intake.IntakeQuestionnaire;
import org.tpiclinic.screening.rules.RuleId;
import org.tpiclinic.screening.rules.RuleSeverity;
import org.tpiclinic.screening.rules.ScreeningRules;

/** The pages of the substance work: the chart, the whole-form intake, the screening page and the rules page. */
@SpringBootTest
@AutoConfigureMockMvc
class SubstancePagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    IntakeQuestionnaire intake;
    @Autowired
    ScreeningRules rules;

    static ClinicUser as(Role role, UUID patientId) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase(), role.name(), role,
                role == Role.PATIENT ? patientId : null));
    }

    MockHttpServletResponse perform(MockHttpServletRequestBuilder request, Role role, UUID patientId)
            throws Exception {
        return mvc.perform(request.with(user(as(role, patientId))).with(csrf())).andReturn().getResponse();
    }

    String chart(UUID id) throws Exception {
        var response = perform(get("/patients/" + id), Role.CLINICIAN, null);
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    @Test
    void theRulesPageShowsItsVersionAndNoWayToLowerAnAllergyOrInfectionStop() throws Exception {
        var page = perform(get("/admin/screening-rules"), Role.ADMIN, null);
        assertThat(page.getStatus()).isEqualTo(200);
        String html = page.getContentAsString();
        assertThat(html).doesNotContain("{0}").contains("version " + rules.current().version() + ".")
                .contains("Always a hard stop").doesNotContain("/admin/screening-rules/INFECTION\"")
                .doesNotContain("/admin/screening-rules/ALLERGY_AGENT_CLASS\"")
                .contains("/admin/screening-rules/PREGNANCY\"");

        int before = rules.current().version();
        var lowered = perform(post("/admin/screening-rules/INFECTION").param("basedOnVersion", String.valueOf(before))
                .param("severity", "WARNING").param("reason", "fewer stops"), Role.ADMIN, null);
        assertThat(lowered.getStatus()).isEqualTo(400);
        assertThat(lowered.getContentAsString()).contains("cannot be lowered");
        assertThat(rules.current().version()).isEqualTo(before);
        assertThat(rules.current().rule(RuleId.INFECTION).severity())
                .isEqualTo(RuleSeverity.HARD_STOP);
    }

    @Test
    void oneSaveKeepsEverySectionAndAProblemInOneLosesNothingTypedInTheOthers() throws Exception {
        var id = register(registry, "Wholeform");
        var first = perform(post("/patients/" + id + "/intake").param("reasonForVisit", "Neck pain")
                .param("carePhysicalTherapy", "YES").param("careWeeks", "8").param("priorTpi", "NO")
                .param("noAllergies", "YES").param("allergies[0].name", "Latex")
                .param("otherMedications", "turmeric tea"), Role.PATIENT, id);
        assertThat(first.getStatus()).isEqualTo(400);
        assertThat(first.getContentAsString()).contains("noAllergies-error").contains("Not saved yet: Safety questions")
                .contains("value=\"Neck pain\"").contains("value=\"Latex\"").contains("value=\"turmeric tea\"")
                .contains("value=\"8\"");
        var saved = intake.find(id).orElseThrow();
        assertThat(saved.visit().reasonForVisit()).isEqualTo("Neck pain");
        assertThat(saved.care().careWeeks()).isEqualTo(8);
        assertThat(saved.safety()).isNull();
        assertThat(perform(get("/patients/" + id + "/intake"), Role.PATIENT, id).getContentAsString())
                .contains("2 of 3 sections done").doesNotContain("Your intake is complete");

        var second = perform(post("/patients/" + id + "/intake").param("reasonForVisit", "Neck pain")
                .param("carePhysicalTherapy", "YES").param("careWeeks", "8").param("priorTpi", "NO")
                .param("noAllergies", "NO").param("allergies[0].name", "Latex")
                .param("allergies[0].reaction", "HIVES_OR_RASH").param("allergies[0].severity", "MILD")
                .param("bloodThinners", "NO").param("immunosuppressed", "NO"), Role.PATIENT, id);
        assertThat(second.getStatus()).isEqualTo(302);
        assertThat(second.getRedirectedUrl()).endsWith("#done");
        var done = intake.find(id).orElseThrow();
        assertThat(done.complete()).isTrue();
        assertThat(done.awaitingReview()).singleElement().satisfies(p -> {
            assertThat(p.allergyClass()).isEqualTo(AllergyClass.LATEX);
            assertThat(p.reactionType()).isEqualTo(ReactionType.HIVES_OR_RASH);
        });
        assertThat(perform(get("/patients/" + id + "/intake"), Role.PATIENT, id).getContentAsString())
                .contains("Your intake is complete").contains("Save changes");
    }

    @Test
    void theChartSaysNoKnownAllergiesOnlyWhenAffirmedAndShowsAnswersWaitingForReview() throws Exception {
        var id = register(registry, "Nkachart");
        assertThat(chart(id)).contains("No allergies recorded").doesNotContain("No known allergies<");

        assertThat(perform(post("/patients/" + id + "/allergies/none"), Role.FRONT_DESK, null).getStatus())
                .isEqualTo(302);
        assertThat(chart(id)).contains("No known allergies<").contains("affirmed by front_desk");

        var reported = register(registry, "Pendingchart");
        perform(post("/patients/" + reported + "/intake").param("noAllergies", "NO")
                .param("allergies[0].name", "Novocaine").param("bloodThinners", "YES")
                .param("medications[0].name", "Plavix 75mg"), Role.PATIENT, reported);
        assertThat(chart(reported)).contains("Intake answers waiting for review")
                .contains("Allergy: Novocaine").contains("Medication: Plavix 75mg").contains("No allergies recorded");
        var screening = perform(get("/patients/" + reported + "/screening").param("agent", "PROCAINE_05")
                .param("sites", "PIRIFORMIS:LEFT"), Role.CLINICIAN, null).getContentAsString();
        assertThat(screening).contains("awaiting-review").contains("Allergy: Novocaine")
                .contains("Allergy on file: Novocaine (patient-reported)");
    }

    @Test
    void staffFormsReadWhatIsTypedThroughTheCatalogueAndAskForTheClassOfAnUnknownSubstance() throws Exception {
        var id = register(registry, "Staffform");
        perform(post("/patients/" + id + "/medications").param("drug", "Coumadin 5mg").param("dose", "daily"),
                Role.FRONT_DESK, null);
        perform(post("/patients/" + id + "/allergies").param("substance", "Xylocaine").param("allergyClass", "")
                .param("reactionType", "HIVES_OR_RASH").param("severity", "MILD"), Role.FRONT_DESK, null);
        var unknown = mvc.perform(post("/patients/" + id + "/medications").param("drug", "Zorblax")
                .with(user(as(Role.FRONT_DESK, null))).with(csrf())).andReturn();
        assertThat(String.valueOf(unknown.getFlashMap().get("medicationProblems"))).contains("Zorblax")
                .contains("choose its class");

        var chart = registry.chart(SYSTEM, id);
        assertThat(chart.activeMedications()).singleElement()
                .satisfies(m -> assertThat(m.drugClass()).isEqualTo(DrugClass.ANTICOAGULANT));
        assertThat(chart.activeAllergies()).singleElement()
                .satisfies(a -> assertThat(a.allergyClass()).isEqualTo(AllergyClass.AMIDE));

        var deskMaps = mvc.perform(post("/patients/" + id + "/medications").param("drug", "Zorblax")
                .param("drugClass", "OTHER").with(user(as(Role.FRONT_DESK, null))).with(csrf())).andReturn();
        assertThat(String.valueOf(deskMaps.getFlashMap().get("medicationProblems"))).contains("clinician");
        assertThat(registry.chart(SYSTEM, id).activeMedications()).hasSize(1);
        perform(post("/patients/" + id + "/medications").param("drug", "Zorblax").param("drugClass", "OTHER"),
                Role.CLINICIAN, null);
        assertThat(registry.chart(SYSTEM, id).activeMedications()).hasSize(2);
    }

    @Test
    void aClinicianMapsAnUnknownAllergyOnTheIntakePageBeforeItReachesTheRecord() throws Exception {
        var id = register(registry, "Mapping");
        perform(post("/patients/" + id + "/intake").param("noAllergies", "NO")
                .param("allergies[0].name", "the pink dental gel").param("bloodThinners", "NO"), Role.PATIENT, id);
        var proposal = intake.find(id).orElseThrow().awaitingReview().get(0);
        assertThat(proposal.allergyClass()).isNull();
        String page = perform(get("/patients/" + id + "/intake"), Role.CLINICIAN, null).getContentAsString();
        assertThat(page).contains("Not in the substance catalogue").contains("name=\"allergyClass\"");

        var refused = mvc.perform(post("/patients/" + id + "/intake/proposals/" + proposal.proposalId() + "/accept")
                .with(user(as(Role.CLINICIAN, null))).with(csrf())).andReturn();
        assertThat(refused.getFlashMap().get("proposalProblem")).isEqualTo(proposal.proposalId());
        assertThat(registry.chart(SYSTEM, id).activeAllergies()).isEmpty();

        var mapped = perform(post("/patients/" + id + "/intake/proposals/" + proposal.proposalId() + "/accept")
                .param("allergyClass", "ESTER"), Role.CLINICIAN, null);
        assertThat(mapped.getStatus()).isEqualTo(302);
        assertThat(registry.chart(SYSTEM, id).activeAllergies()).singleElement()
                .satisfies(a -> assertThat(a.allergyClass()).isEqualTo(AllergyClass.ESTER));
    }
}
