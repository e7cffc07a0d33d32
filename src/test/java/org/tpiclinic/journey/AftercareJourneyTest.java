package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.journey.BrowserSupport.screenshot;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tpiclinic.aftercare.AftercareFixture;

/**
 * Issue 13 (aftercare) in a real browser: after a signed session near the neck, the patient opens "Aftercare",
 * reads the plan with its lung warning, answers the day-1 check-in reporting trouble breathing and is told to call
 * 911 now; the clinician finds the patient at the top of the follow-up worklist. Every page passes the axe scan.
 */
class AftercareJourneyTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;

    @Test
    void aPatientReportsTroubleBreathingAndTheClinicianSeesThemOnTheWorklist() {
        try {
            UUID patientId = jdbc.sql("SELECT patient_id FROM user_accounts WHERE username = 'patient2'")
                    .query(UUID.class).single();
            new AftercareFixture(context).publishAndAwaitPlan(AftercareFixture.signed(patientId, UUID.randomUUID(),
                    null, LocalDate.now().minusDays(2), 4, AftercareFixture.sites("UPPER_TRAPEZIUS_L", "SCALENES_L")));
            String name = jdbc.sql("SELECT family_name FROM patients WHERE id = ?").param(patientId)
                    .query(String.class).single();

            patientReadsThePlanAndReportsARedFlag();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            page.waitForURL(url -> url.contains("/login"));
            signIn("clinician");
            mainNav().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Clinical")).click();
            mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Follow-up list")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Follow-up worklist")))
                    .isVisible();
            Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
            assertThat(row).containsText("Emergency");
            assertThat(row).containsText("trouble breathing");
            visited("aftercare-04-worklist");
        } catch (AssertionError | RuntimeException failed) {
            screenshot(page, "aftercare-failed-here");
            throw failed;
        }
        assertThat(browserErrors).as("browser errors").isEmpty();
    }

    private void patientReadsThePlanAndReportsARedFlag() {
        signIn("patient2");
        mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Aftercare")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your aftercare plan")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Your session was close to the lung"))).isVisible();
        assertThat(page.getByText(Pattern.compile("Scalenes \\(left\\): "))).isVisible();
        visited("aftercare-01-plan");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Answer the day 1 check-in")).click();
        visited("aftercare-02-check-in");
        page.getByLabel("How much pain do you have now, from 0 to 10?").selectOption("3");
        page.getByLabel("A little sore").check();
        answer("Do you have bruising where you had the injections?", "No");
        answer("Have you had a fever (100.4 F / 38 C or more) or chills?", "No");
        answer("Is an injection site red, warm or swollen, or is fluid coming from it?", "No");
        answer("Do you have any trouble breathing, shortness of breath or chest pain?", "Yes");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send my answers")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Call 911 now")))
                .isVisible();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Do not drive yourself");
        visited("aftercare-03-what-to-do-now");
    }

    private void answer(String question, String choice) {
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(question))
                .getByLabel(choice, new Locator.GetByLabelOptions().setExact(true)).check();
    }
}
