package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.journey.BrowserSupport.screenshot;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/**
 * Issue 11 in a real browser: a patient marks neck and temple pain on the body chart at home (a click and the
 * keyboard); the clinician sees the drawing on the chart, opens the muscles to examine, adds the top one in one
 * action and records two trigger points with a twitch response, sees them on the chart, downloads the assessment
 * as a PDF, and at the next visit starts from the two trigger points carried over. Every page passes the axe
 * scan.
 */
class AssessmentJourneyTest extends BrowserJourney {

    @Test
    void aPatientsDrawingLeadsTheClinicianToTheMuscleAndItsTriggerPoints() {
        try {
            UUID patientId = jdbc.sql("SELECT patient_id FROM user_accounts WHERE username = 'patient1'")
                    .query(UUID.class).single();
            patientDrawsNeckAndTemplePain();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            page.waitForURL(url -> url.contains("/login"));
            signIn("clinician");
            clinicianSeesTheDrawingAndExaminesTheTopMuscle(patientId);
        } catch (AssertionError | RuntimeException failed) {
            screenshot(page, "assessment-failed-here");
            throw failed;
        }
        assertThat(browserErrors).as("browser errors").isEmpty();
    }

    private void patientDrawsNeckAndTemplePain() {
        signIn("patient1");
        page.navigate("/my/pain-drawing");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Where does it hurt?")))
                .isVisible();
        visited("assessment-01-patient-drawing");

        Locator temple = page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Temple, left").setExact(true));
        temple.click();
        assertThat(temple).hasAttribute("aria-checked", "true");
        Locator neck = page.getByRole(AriaRole.CHECKBOX,
                new Page.GetByRoleOptions().setName("Back of the neck, left").setExact(true));
        neck.focus();
        page.keyboard().press("Enter");
        assertThat(neck).hasAttribute("aria-checked", "true");
        // The rows followed the chart: the two places with a starting intensity the patient now sets.
        assertThat(page.locator("#marks-0-zone")).hasValue("TEMPLE_L");
        assertThat(page.locator("#marks-1-zone")).hasValue("POSTERIOR_NECK_L");
        page.locator("#marks-0-intensity").fill("7");
        page.locator("#marks-0-quality").selectOption("ACHING");
        page.locator("#marks-1-intensity").fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the drawing")).click();
        assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("saved")))
                .isVisible();
        visited("assessment-02-patient-drawing-saved");
    }

    /**
     * Two weeks pass (the visit's records are moved back in time, as the calendar would): at the next visit the
     * clinician starts from the two trigger points, each marked as carried over and on the chart again.
     */
    private void theNextVisitStartsFromTheseFindings(UUID patientId) {
        var earlier = java.time.LocalDate.now().minusDays(14);
        jdbc.sql("UPDATE trigger_point_findings SET visit_date = ? WHERE patient_id = ?").params(earlier, patientId)
                .update();
        jdbc.sql("UPDATE pain_drawings SET visit_date = ? WHERE patient_id = ?").params(earlier, patientId).update();
        page.navigate("/patients/" + patientId + "/assessment");
        assertThat(page.locator("#findings-heading")).containsText(earlier.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start today from these findings"))
                .click();
        Locator carried = page.locator("#findings-table tbody tr");
        assertThat(carried).hasCount(2);
        assertThat(page.locator("#findings-heading")).containsText(java.time.LocalDate.now().toString());
        for (int i = 0; i < 2; i++) {
            assertThat(carried.nth(i)).containsText("carried over");
            assertThat(carried.nth(i)).containsText("Upper trapezius");
            assertThat(carried.nth(i)).containsText("Local twitch response");
        }
        assertThat(page.locator("#findings-chart .finding-marker")).hasCount(2);
        visited("assessment-06b-next-visit-carried-over");
    }

    private void clinicianSeesTheDrawingAndExaminesTheTopMuscle(UUID patientId) {
        page.navigate("/patients/" + patientId);
        Locator summary = page.locator("#assessment-summary");
        assertThat(summary.getByText("by the patient")).isVisible();
        assertThat(summary.locator("[data-zone='TEMPLE_L']")).hasClass(Pattern.compile("zone-marked"));
        visited("assessment-03-chart-with-drawing");

        summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Open the assessment")))
                .click();
        Locator top = page.locator("[data-suggestion]").first();
        assertThat(top).containsText("Upper trapezius, Left");
        assertThat(top).containsText("temple, left");
        visited("assessment-04-suggestions");

        for (int point = 0; point < 2; point++) {
            page.locator("[data-suggestion]").first().getByRole(AriaRole.LINK,
                    new Locator.GetByRoleOptions().setName(Pattern.compile("^Examine"))).click();
            assertThat(page.getByLabel("Muscle")).hasValue("UPPER_TRAPEZIUS");
            if (point == 0) {
                visited("assessment-05-finding-form");
            } else {
                page.locator("#finding-chart figure[data-view='BACK'] svg").click(
                        new Locator.ClickOptions().setPosition(40, 75));
            }
            page.getByLabel("Local twitch response").check();
            page.getByLabel("Taut band").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the trigger point")).click();
            assertThat(page.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions()
                    .setHasText("Trigger point recorded"))).isVisible();
        }
        Locator findings = page.locator("#findings-table tbody tr");
        assertThat(findings).hasCount(2);
        assertThat(findings.first()).containsText("Local twitch response");
        assertThat(page.locator("#findings-chart .finding-marker")).hasCount(2);
        visited("assessment-06-findings-on-chart");

        // The download link, fetched in the clinician's session (the first PDF of a JVM loads the SVG drawer: slow)
        String href = page.locator("#assessment-pdf").getAttribute("href");
        var pdf = page.request().get(href, com.microsoft.playwright.options.RequestOptions.create().setTimeout(90_000));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-disposition")).contains("assessment-" + patientId + ".pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        theNextVisitStartsFromTheseFindings(patientId);

        mainNav().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Clinical")).click();
        mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Atlas")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Upper trapezius")).click();
        assertThat(page.locator("#atlas-chart [data-zone='TEMPLE_L']")).hasClass(Pattern.compile("zone-primary"));
        visited("assessment-07-atlas");
    }
}
