package org.tpiclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;
import org.tpiclinic.shared.Kilograms;

/**
 * The assessment pages against the real database: the atlas, drawings with suggestions, findings, carry-over;
 * bad input answered beside the field with nothing saved; who may do what; audit entries.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssessmentPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    Assessments assessments;

    UUID patient;
    UUID other;

    static ClinicUser as(Role role, UUID patientId) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase() + "-a", role.name(), role,
                patientId));
    }

    static final ClinicUser CLINICIAN = as(Role.CLINICIAN, null);
    static final ClinicUser DESK = as(Role.FRONT_DESK, null);

    @BeforeEach
    void patients() {
        patient = register("Ada", "Drawing");
        other = register("Ben", "Elsewhere");
    }

    UUID register(String given, String family) {
        var details = new PatientDetails(given, family, null, LocalDate.of(1975, 3, 3), Sex.FEMALE, null, null, null,
                null, null, null, "English", Kilograms.of("70"), LocalDate.of(2026, 1, 1));
        return registry.register(CurrentUser.system("test"), details, true).registered().id();
    }

    /** Rows of this test's patients only: the database is shared by the tests of one context. */
    long count(String table) {
        String where = table.equals("pain_drawing_marks")
                ? " m JOIN pain_drawings d ON d.id = m.drawing_id WHERE d.patient_id IN (?, ?)"
                : " WHERE patient_id IN (?, ?)";
        return jdbc.sql("SELECT COUNT(*) FROM " + table + where).params(patient, other).query(Long.class).single();
    }

    long audits(UUID patientId, String action, String outcome) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND action = ? AND outcome = ?")
                .params(patientId, action, outcome).query(Long.class).single();
    }

    MockHttpServletResponse send(MockHttpServletRequestBuilder request, ClinicUser who) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn().getResponse();
    }

    MockHttpServletRequestBuilder headacheDrawing(String url) {
        return post(url).param("marks[0].zone", "TEMPLE_L").param("marks[0].intensity", "7")
                .param("marks[0].quality", "ACHING").param("marks[1].zone", "POSTERIOR_NECK_L")
                .param("marks[1].intensity", "5").param("marks[2].zone", "").param("marks[2].intensity", "");
    }

    @Test
    void theAtlasHighlightsTheChosenMusclesZonesWithoutJavaScript() throws Exception {
        var response = send(get("/atlas").param("muscle", "UPPER_TRAPEZIUS").param("side", "LEFT"), CLINICIAN);
        assertThat(response.getStatus()).isEqualTo(200);
        String html = response.getContentAsString();
        assertThat(html).contains("Upper trapezius, Left")
                .containsPattern("zone zone-trigger\"[^>]*data-zone=\"TOP_OF_SHOULDER_L\"")
                .containsPattern("zone zone-primary\"[^>]*data-zone=\"TEMPLE_L\"")
                .containsPattern("zone zone-spillover\"[^>]*data-zone=\"JAW_ANGLE_L\"")
                .containsPattern("zone zone-none\"[^>]*data-zone=\"TEMPLE_R\"")
                .contains("aria-label=\"Temple, left: Usual referral zone\"").contains("tabindex=\"0\"")
                .contains("31764008").contains("Gatterman");
        assertThat(html.split("class=\"zone zone-", -1).length - 1).isGreaterThanOrEqualTo(80);
    }

    @Test
    void anUnknownMuscleInTheAtlasIs404WithAMessageAndPatientsMayNotOpenIt() throws Exception {
        var unknown = send(get("/atlas").param("muscle", "NOT_A_MUSCLE"), CLINICIAN);
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(unknown.getContentAsString()).contains("The atlas has no muscle with that code");
        assertThat(send(get("/atlas"), as(Role.PATIENT, patient)).getStatus()).isEqualTo(403);
        var none = send(get("/atlas"), CLINICIAN);
        assertThat(none.getStatus()).isEqualTo(200);
        assertThat(none.getContentAsString()).contains("Choose a muscle from the list").contains("Upper trapezius");
    }

    @Test
    void aDrawingIsSavedAndTheAssessmentSuggestsMusclesWithReasons() throws Exception {
        var saved = send(headacheDrawing("/patients/" + patient + "/drawings"), DESK);
        assertThat(saved.getStatus()).isEqualTo(302);
        var drawings = assessments.drawings(CurrentUser.system("test"), patient);
        assertThat(drawings).hasSize(1);
        assertThat(drawings.get(0).marks()).containsExactlyInAnyOrder(
                new ZoneMark("TEMPLE_L", 7, PainQuality.ACHING), new ZoneMark("POSTERIOR_NECK_L", 5, null));
        assertThat(audits(patient, "CREATE", "SUCCESS")).isGreaterThanOrEqualTo(2);

        String page = send(get("/patients/" + patient + "/assessment"), CLINICIAN).getContentAsString();
        assertThat(page).contains("data-site=\"UPPER_TRAPEZIUS_L\"")
                .contains("Usually refers pain to temple, left and back of the neck, left, which were marked.")
                .contains("/findings/new?muscle=UPPER_TRAPEZIUS&amp;side=LEFT")
                .containsPattern("zone zone-marked\"[^>]*data-zone=\"TEMPLE_L\"");
        assertThat(audits(patient, "READ", "SUCCESS")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void twoDrawingsAreComparedSideBySide() throws Exception {
        assessments.recordDrawing(CurrentUser.system("test"), patient, LocalDate.of(2026, 11, 1),
                List.of(new MarkEntry("HEEL_R", 8, "STABBING")), null);
        assessments.recordDrawing(CurrentUser.system("test"), patient, LocalDate.of(2026, 11, 20),
                List.of(new MarkEntry("HEEL_R", 3, "ACHING")), null);
        String page = send(get("/patients/" + patient + "/assessment"), CLINICIAN).getContentAsString();
        assertThat(page).contains("data-drawing=\"previous\"").contains("data-drawing=\"current\"")
                .contains("Drawn for the visit of 2026-11-01").contains("Drawn for the visit of 2026-11-20")
                .contains("stabbing");
        assertThat(page.indexOf("data-drawing=\"previous\"")).isLessThan(page.indexOf("data-drawing=\"current\""));
    }

    @Test
    void badDrawingsAreRefusedBesideTheirFieldsAndNothingIsSaved() throws Exception {
        long before = count("pain_drawings");
        var response = send(post("/patients/" + patient + "/drawings").param("marks[0].zone", "ELBOW_X")
                .param("marks[0].intensity", "4").param("marks[1].zone", "TEMPLE_L").param("marks[1].intensity", "11")
                .param("marks[2].zone", "TEMPLE_R").param("marks[2].intensity", "abc")
                .param("marks[3].zone", "CALF_L").param("marks[3].intensity", "2").param("marks[3].quality", "ITCHY"),
                DESK);
        assertThat(response.getStatus()).isEqualTo(400);
        String html = response.getContentAsString();
        assertThat(html).contains("Please correct the following; nothing was saved")
                .contains("id=\"marks-2-intensity-error\"").contains("Enter a whole number from 0 to 10.");
        assertThat(count("pain_drawings")).isEqualTo(before);

        response = send(post("/patients/" + patient + "/drawings").param("marks[0].zone", "ELBOW_X")
                .param("marks[0].intensity", "4").param("marks[1].zone", "TEMPLE_L").param("marks[1].intensity", "11")
                .param("marks[3].zone", "CALF_L").param("marks[3].intensity", "2").param("marks[3].quality", "ITCHY"),
                DESK);
        html = response.getContentAsString();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(html).contains("id=\"marks-0-zone-error\"").contains("There is no place &quot;ELBOW_X&quot;")
                .contains("id=\"marks-1-intensity-error\"").contains("11 is outside that range")
                .contains("id=\"marks-3-quality-error\"").contains("aria-invalid=\"true\"");
        assertThat(count("pain_drawings")).isEqualTo(before);

        var empty = send(post("/patients/" + patient + "/drawings").param("marks[0].zone", ""), DESK);
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("Mark at least one place that hurts.");
        assertThat(count("pain_drawing_marks")).isZero();
    }

    @Test
    void aFindingIsRecordedAndBadFindingsAreRefusedWithNothingSaved() throws Exception {
        var ok = send(post("/patients/" + patient + "/findings").param("muscle", "UPPER_TRAPEZIUS")
                .param("side", "LEFT").param("view", "BACK").param("x", "70").param("y", "66")
                .param("active", "true").param("twitchResponse", "on").param("note", "band at mid-belly"), CLINICIAN);
        assertThat(ok.getStatus()).isEqualTo(302);
        var findings = assessments.findings(CurrentUser.system("test"), patient);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.site().code()).isEqualTo("UPPER_TRAPEZIUS_L");
            assertThat(f.twitchResponse()).isTrue();
            assertThat(f.tautBand()).isFalse();
            assertThat(f.active()).isTrue();
        });
        assertThat(jdbc.sql("SELECT zone_code FROM trigger_point_findings WHERE patient_id = ?").param(patient)
                .query(String.class).single())
                .isEqualTo("TOP_OF_SHOULDER_L");

        long before = count("trigger_point_findings");
        var noMuscle = send(post("/patients/" + patient + "/findings").param("side", "LEFT").param("view", "BACK")
                .param("x", "70").param("y", "66"), CLINICIAN);
        assertThat(noMuscle.getStatus()).isEqualTo(400);
        assertThat(noMuscle.getContentAsString()).contains("id=\"muscle-error\"")
                .contains("Choose the muscle the trigger point is in.");
        var outside = send(post("/patients/" + patient + "/findings").param("muscle", "NOPE").param("side", "UP")
                .param("view", "FRONT").param("x", "900").param("y", "-4"), CLINICIAN);
        assertThat(outside.getStatus()).isEqualTo(400);
        assertThat(outside.getContentAsString()).contains("The atlas has no muscle &quot;NOPE&quot;")
                .contains("Choose left or right.").contains("is outside the front view");
        var typed = send(post("/patients/" + patient + "/findings").param("muscle", "MASSETER").param("side", "LEFT")
                .param("view", "HEAD").param("x", "twelve").param("y", "NaN"), CLINICIAN);
        assertThat(typed.getStatus()).isEqualTo(400);
        assertThat(count("trigger_point_findings")).isEqualTo(before);
    }

    @Test
    void findingsOfTheLastVisitCarryOverAsTheStartOfToday() throws Exception {
        var clinician = CLINICIAN.current();
        assessments.recordFinding(clinician, patient, LocalDate.of(2026, 11, 5), new FindingEntry("MASSETER", "RIGHT",
                "HEAD", 80.0, 108.0, true, true, true, false, true, "left molar pain"));
        assessments.recordFinding(clinician, patient, LocalDate.of(2026, 11, 5), new FindingEntry("TEMPORALIS",
                "RIGHT", "HEAD", 95.0, 50.0, false, false, false, false, false, null));
        assessments.recordFinding(clinician, patient, LocalDate.of(2026, 10, 1), new FindingEntry("SOLEUS", "LEFT",
                "BACK", 80.0, 340.0, true, false, false, false, false, null));

        var response = send(post("/patients/" + patient + "/findings/carry-over"), CLINICIAN);
        assertThat(response.getStatus()).isEqualTo(302);
        var all = assessments.findings(CurrentUser.system("test"), patient);
        var today = all.stream().filter(f -> f.carriedOver()).toList();
        assertThat(today).extracting(f -> f.site().code()).containsExactlyInAnyOrder("MASSETER_R", "TEMPORALIS_R");
        assertThat(today).allSatisfy(f -> assertThat(f.visitDate()).isAfter(LocalDate.of(2026, 11, 5)));
        // A second press copies nothing: today already has findings.
        assertThat(assessments.carryOver(clinician, patient, null)).isZero();
        String page = send(get("/patients/" + patient + "/assessment"), CLINICIAN).getContentAsString();
        assertThat(page).contains("carried over").contains("finding-marker");
    }

    @Test
    void eachRoleReachesOnlyWhatItMay() throws Exception {
        var patientUser = as(Role.PATIENT, patient);
        // A patient draws their own, reads their own, and reaches no one else's.
        assertThat(send(headacheDrawing("/my/pain-drawing"), patientUser).getStatus()).isEqualTo(302);
        assertThat(assessments.drawings(CurrentUser.system("test"), patient)).singleElement()
                .satisfies(d -> assertThat(d.byPatient()).isTrue());
        assertThat(send(get("/my/pain-drawing"), patientUser).getContentAsString()).contains("value=\"TEMPLE_L\" selected");
        assertThat(send(headacheDrawing("/patients/" + other + "/drawings"), patientUser).getStatus()).isEqualTo(403);
        assertThat(send(get("/patients/" + other + "/assessment"), patientUser).getStatus()).isEqualTo(403);
        assertThat(count("pain_drawings")).isEqualTo(1);
        // Billing reads but does not draw; front desk draws but records no findings.
        var billing = as(Role.BILLING, null);
        assertThat(send(get("/patients/" + patient + "/assessment"), billing).getStatus()).isEqualTo(200);
        assertThat(send(headacheDrawing("/patients/" + patient + "/drawings"), billing).getStatus()).isEqualTo(403);
        assertThat(send(post("/patients/" + patient + "/findings").param("muscle", "SOLEUS").param("side", "LEFT")
                .param("view", "BACK").param("x", "80").param("y", "340"), DESK).getStatus()).isEqualTo(403);
        assertThat(count("trigger_point_findings")).isZero();
        assertThat(audits(patient, "CREATE", "DENIED")).isGreaterThanOrEqualTo(2);
        // An unknown patient is a 404, never a 500.
        assertThat(send(get("/patients/" + UUID.randomUUID() + "/assessment"), CLINICIAN).getStatus()).isEqualTo(404);
        assertThat(send(headacheDrawing("/patients/" + UUID.randomUUID() + "/drawings"), CLINICIAN).getStatus())
                .isEqualTo(404);
    }

    @Test
    void thePatientsChartLoadsTheLatestDrawing() throws Exception {
        assertThat(send(get("/patients/" + patient), CLINICIAN).getContentAsString())
                .contains("hx-get=\"/patients/" + patient + "/assessment/summary\"");
        assessments.recordDrawing(CurrentUser.system("test"), patient, null,
                List.of(new MarkEntry("LOW_BACK_L", 6, "BURNING")), null);
        String summary = send(get("/patients/" + patient + "/assessment/summary"), CLINICIAN).getContentAsString();
        assertThat(summary).contains("Low back, left: pain 6 of 10, burning").doesNotContain("<html");
    }

    @Test
    void clinicianQueriesFindPatientsByMuscleAndFindingsByZone() {
        var clinician = CLINICIAN.current();
        assessments.recordFinding(clinician, patient, null, new FindingEntry("PIRIFORMIS", "RIGHT", "BACK", 120.0,
                210.0, true, true, false, false, true, null));
        assessments.recordFinding(clinician, other, null, new FindingEntry("GLUTEUS_MEDIUS", "RIGHT", "BACK", 121.0,
                212.0, true, false, false, false, false, null));
        assertThat(assessments.patientsWithFindingsIn(clinician, "PIRIFORMIS")).contains(patient).doesNotContain(other);
        assertThat(assessments.findingsInZone(clinician, "BUTTOCK_R")).extracting(TriggerPointFinding::patientId)
                .contains(patient, other);
        assertThatThrownBy(() -> assessments.patientsWithFindingsIn(clinician, "NOPE"))
                .isInstanceOfSatisfying(FieldRefused.class,
                        refused -> assertThat(refused.field()).isEqualTo("muscle"));
        assertThatThrownBy(
                () -> assessments.patientsWithFindingsIn(DESK.current(), "PIRIFORMIS"))
                .isInstanceOf(ForbiddenException.class);
    }
}
