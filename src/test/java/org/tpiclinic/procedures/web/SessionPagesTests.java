package org.tpiclinic.procedures.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.procedures.InjectionSession;
import org.tpiclinic.procedures.Procedures;
import org.tpiclinic.procedures.SessionFixtures;
import org.tpiclinic.shared.PatientId;

/**
 * The session pages over HTTP with the real application: autosave answers (saved, refused next to the field,
 * conflict), adding a site, signing, the note page and the PDF read back with PDFBox, addenda, and the audit trail.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SessionPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Procedures procedures;
    @Autowired
    JdbcClient jdbc;

    SessionFixtures fixtures;
    PatientId patient;
    InjectionSession session;

    @BeforeEach
    void openSession() {
        fixtures = new SessionFixtures(context);
        patient = fixtures.consentedPatient("Pages" + System.nanoTime() % 100000);
        session = procedures.open(fixtures.clinician, patient, null);
    }

    String url() {
        return "/patients/" + patient + "/sessions/" + session.id();
    }

    MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, CurrentUser who) {
        return request.with(csrf()).with(user(ClinicUser.of(who)));
    }

    /** The whole form as the page posts it, with the first site's volume. */
    static Map<String, String> form(long version, String firstVolume) {
        var f = new java.util.LinkedHashMap<String, String>();
        f.put("version", String.valueOf(version));
        f.put("timeOut", "on");
        f.put("painBefore", "7");
        f.put("indication", "Taut bands, referred pain to the temple");
        f.put("mixture[0].agent", "LIDOCAINE_1");
        f.put("mixture[0].volume", "");
        String[] sites = { "UPPER_TRAPEZIUS_L", "UPPER_TRAPEZIUS_R", "LEVATOR_SCAPULAE_L" };
        for (int i = 0; i < sites.length; i++) {
            f.put("sites[" + i + "].site", sites[i]);
            f.put("sites[" + i + "].technique", "INJECTION");
            f.put("sites[" + i + "].gauge", "25");
            f.put("sites[" + i + "].length", "38");
            f.put("sites[" + i + "].volume", i == 0 ? firstVolume : "1");
        }
        f.put("painAfter", "2");
        f.put("rangeOfMotion", "Full rotation");
        f.put("tolerance", "WELL");
        f.put("complication", "NONE");
        f.put("diagnoses", "M79.12");
        return f;
    }

    MockHttpServletResponse autosave(Map<String, String> fields) throws Exception {
        var request = as(post(url()), fixtures.clinician).header("HX-Request", "true");
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    @Test
    void autosaveSavesAndRefreshesTheVersionAndTheDoseTotals() throws Exception {
        var response = autosave(form(session.version(), "1.5"));
        assertThat(response.getStatus()).isEqualTo(200);
        var stored = procedures.get(fixtures.clinician, patient, session.sessionId());
        assertThat(stored.sites()).hasSize(3);
        assertThat(response.getContentAsString()).contains("id=\"version\"")
                .contains("value=\"" + stored.version() + "\"").contains("All changes saved")
                .contains("Lidocaine 1 % plain").contains("3.5 mL").contains("35");
    }

    @Test
    void aNegativeVolumeIsRefusedNextToItsFieldAndNothingIsSaved() throws Exception {
        var response = autosave(form(session.version(), "-2"));
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).containsPattern(
                "id=\"err-sites-0-volume\"[^>]*>Enter a volume of more than 0 mL.");
        assertThat(procedures.get(fixtures.clinician, patient, session.sessionId()).sites()).isEmpty();
        var absurd = autosave(form(session.version(), "250"));
        assertThat(absurd.getStatus()).isEqualTo(400);
        assertThat(absurd.getContentAsString()).contains("not plausible");
        var text = autosave(form(session.version(), "two"));
        assertThat(text.getContentAsString()).contains("Enter the volume as a number of mL");
    }

    @Test
    void anUnknownAgentIsRefusedNextToItsField() throws Exception {
        var fields = form(session.version(), "1");
        fields.put("mixture[0].agent", "SNAKE_OIL");
        var response = autosave(fields);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).containsPattern(
                "id=\"err-mixture-0-agent\"[^>]*>This agent is not in the formulary");
    }

    @Test
    void aConcurrentEditGetsAConflictAndTheStoredDraftIsKept() throws Exception {
        assertThat(autosave(form(session.version(), "1")).getStatus()).isEqualTo(200);
        var stale = autosave(form(session.version(), "2"));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString()).contains("Someone else saved this session");
        assertThat(procedures.get(fixtures.clinician, patient, session.sessionId()).sites().get(0).volumeMl())
                .isEqualByComparingTo("1");
    }

    @Test
    void addingASiteWithoutAMuscleSaysSoAndAddsNothing() throws Exception {
        var request = as(post(url()), fixtures.clinician).param("version", String.valueOf(session.version()))
                .param("timeOut", "on").param("painBefore", "6").param("add", "site").param("addSite", "");
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains("Choose the muscle and side of the site to add.");
        var added = mvc.perform(as(post(url()), fixtures.clinician).param("version", String.valueOf(session.version()))
                .param("timeOut", "on").param("painBefore", "6").param("add", "site")
                .param("addSite", "UPPER_TRAPEZIUS_L")).andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo(url());
        assertThat(procedures.get(fixtures.clinician, patient, session.sessionId()).sites())
                .extracting(s -> s.siteCode()).containsExactly("UPPER_TRAPEZIUS_L");
    }

    @Test
    void signsThenShowsTheLockedNoteAndItsPdfWhichIsAudited() throws Exception {
        autosave(form(session.version(), "1"));
        long version = procedures.get(fixtures.clinician, patient, session.sessionId()).version();
        var signed = mvc.perform(as(post(url() + "/sign"), fixtures.clinician).param("version",
                String.valueOf(version))).andReturn().getResponse();
        assertThat(signed.getRedirectedUrl()).isEqualTo(url() + "/note");
        var again = mvc.perform(as(post(url() + "/sign"), fixtures.clinician).param("version",
                String.valueOf(version + 1))).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
        var edit = autosave(form(version + 1, "3"));
        assertThat(edit.getStatus()).isEqualTo(409);

        var page = mvc.perform(as(get(url() + "/note"), SessionFixtures.staff(Role.BILLING))).andReturn()
                .getResponse();
        assertThat(page.getContentAsString()).contains("Upper trapezius, left").contains("Signed");
        var pdf = mvc.perform(as(get(url() + "/note.pdf"), SessionFixtures.staff(Role.BILLING))).andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        String text;
        try (var document = Loader.loadPDF(pdf.getContentAsByteArray())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Procedure note").contains("Sam").contains("Upper trapezius, left")
                .contains("Levator scapulae, left").contains("Lidocaine 1 % plain").contains("25 G × 38 mm")
                .contains("Pain before: 7 of 10").contains("Pain after: 2 of 10").contains("M79.12")
                .contains("No complications").contains("Electronically signed by Dr Ada Stone")
                .contains("Formulary version").contains("Decision: Eligible, each warning acknowledged")
                .contains("Warning Site over the thorax or near the lung accepted");
        assertThat(audit()).anyMatch(t -> t.equals("injection session " + session.id() + " note pdf"));
    }

    @Test
    void theNoteDrawsEachTreatedSiteOnTheBodyChartNumberedAsInTheTableOnThePageAndInThePdf() throws Exception {
        autosave(form(session.version(), "1"));
        long version = procedures.get(fixtures.clinician, patient, session.sessionId()).version();
        mvc.perform(as(post(url() + "/sign"), fixtures.clinician).param("version", String.valueOf(version)));

        String page = mvc.perform(as(get(url() + "/note"), fixtures.clinician)).andReturn().getResponse()
                .getContentAsString();
        String chart = page.substring(page.indexOf("id=\"chart-of-injected-points\""));
        chart = chart.substring(0, chart.indexOf("</svg>"));
        assertThat(chart).contains("<svg").contains("role=\"img\"");
        assertThat(chart.split("class=\"chart-point\"", -1)).hasSize(4);
        assertThat(chart).contains("<title>1. Injection: Upper trapezius, left, drawn at")
                .contains("<title>2. Injection: Upper trapezius, right, drawn at")
                .contains("<title>3. Injection: Levator scapulae, left, drawn at");

        byte[] pdf = mvc.perform(as(get(url() + "/note.pdf"), fixtures.clinician)).andReturn().getResponse()
                .getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Each number is the row of the table below.");
            int pictures = 0;
            for (var p : document.getPages()) {
                pictures += formsIn(p.getResources());
            }
            assertThat(pictures).as("the body chart drawn as a form XObject (Batik)").isPositive();
            // For a person to look at: the first page as the auditor sees it.
            var image = new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 80);
            var file = java.nio.file.Paths.get("target", "screenshots", "procedure-note-page-1.png");
            java.nio.file.Files.createDirectories(file.getParent());
            javax.imageio.ImageIO.write(image, "png", file.toFile());
        }
    }

    private static int formsIn(org.apache.pdfbox.pdmodel.PDResources resources) throws java.io.IOException {
        int forms = 0;
        if (resources == null) {
            return 0;
        }
        for (var name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                forms += 1 + formsIn(form.getResources());
            }
        }
        return forms;
    }

    @Test
    void anAddendumNeedsAReasonAndIsShownAfterTheNote() throws Exception {
        autosave(form(session.version(), "1"));
        long version = procedures.get(fixtures.clinician, patient, session.sessionId()).version();
        mvc.perform(as(post(url() + "/sign"), fixtures.clinician).param("version", String.valueOf(version)));
        long signedVersion = procedures.get(fixtures.clinician, patient, session.sessionId()).version();
        var empty = mvc.perform(as(post(url() + "/addenda"), fixtures.clinician)
                .param("version", String.valueOf(signedVersion)).param("reason", "").param("body", "x"))
                .andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("Give the reason for the addendum.");
        var added = mvc.perform(as(post(url() + "/addenda"), fixtures.clinician)
                .param("version", String.valueOf(signedVersion)).param("reason", "Late entry")
                .param("body", "Ice advised at discharge.")).andReturn().getResponse();
        assertThat(added.getRedirectedUrl()).isEqualTo(url() + "/note");
        var page = mvc.perform(as(get(url() + "/note"), fixtures.clinician)).andReturn().getResponse();
        assertThat(page.getContentAsString()).contains("Reason: Late entry").contains("Ice advised at discharge.");
    }

    @Test
    void theFrontDeskReadsTheNoteButCannotWriteAndAPatientCannotRead() throws Exception {
        var desk = SessionFixtures.staff(Role.FRONT_DESK);
        assertThat(mvc.perform(as(get(url()), desk)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo(url() + "/note");
        var write = as(post(url()), desk).header("HX-Request", "true");
        form(session.version(), "1").forEach(write::param);
        assertThat(mvc.perform(write).andReturn().getResponse().getStatus()).isEqualTo(403);
        var self = new CurrentUser(java.util.UUID.randomUUID(), "pat", "Pat", Role.PATIENT, patient.value());
        assertThat(mvc.perform(as(get(url() + "/note.pdf"), self)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private List<String> audit() {
        return jdbc.sql("SELECT target FROM audit_entries WHERE patient_id = ?").param(patient.value())
                .query(String.class).list();
    }
}
