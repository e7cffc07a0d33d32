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
 * Issue 14 in a real browser: the clinician opens a demo patient's chart, sees the outcome chart with its session
 * markers, opens the outcomes page with the tables, then the practice's outcomes from the navigation and filters
 * them by region. Every page passes the axe scan.
 */
class OutcomesJourneyTest extends BrowserJourney {

    @Test
    void aClinicianFollowsAPatientsCourseAndThePracticesResults() {
        try {
            UUID patientId = jdbc.sql("SELECT patient_id FROM outcome_sessions WHERE session_number = 2 "
                    + "ORDER BY patient_id").query(UUID.class).list().get(0);
            signIn("clinician");
            page.navigate("/patients/" + patientId);
            Locator summary = page.locator("#outcomes-summary");
            assertThat(summary.locator("svg[role='img']")).isVisible();
            assertThat(summary.locator("svg title").filter(new Locator.FilterOptions()
                    .setHasText(Pattern.compile("^Session 2, ")))).hasCount(1);
            visited("outcomes-01-chart-with-course");

            summary.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Open the outcomes")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                    .setName(Pattern.compile("^Outcomes: ")))).isVisible();
            assertThat(page.locator("#scores-table tbody tr").first()).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PDF summary to share")))
                    .isVisible();
            visited("outcomes-02-patient-outcomes");

            mainNav().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Clinical")).click();
            mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("Outcomes").setExact(true)).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Practice outcomes")))
                    .isVisible();
            assertThat(page.locator("#rates-table")).containsText("1st session");
            visited("outcomes-03-practice");

            page.locator("#f-region").selectOption("NECK");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();
            page.waitForURL(url -> url.contains("region=NECK"));
            assertThat(page.locator("#practice-totals")).containsText("patients");
            visited("outcomes-04-practice-neck");
        } catch (AssertionError | RuntimeException failed) {
            screenshot(page, "outcomes-failed-here");
            throw failed;
        }
        assertThat(browserErrors).as("browser errors").isEmpty();
    }
}
