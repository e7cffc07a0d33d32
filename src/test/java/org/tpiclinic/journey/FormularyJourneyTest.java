package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 12's formulary in a real browser. An admin finds the formulary in the admin menu, mistypes a cap (a
 * negative number, no reason): both problems show beside their fields and nothing changes; with the cap and a
 * reason the formulary moves to the next version and the history says who and why. A clinician reads the new
 * limit and has no form to change it.
 */
@DirtiesContext
class FormularyJourneyTest extends BrowserJourney {

    @Test
    void anAdminLowersACapWithAReasonAndAClinicianReadsIt() {
        signIn("admin");
        mainNav().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Admin")).click();
        mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Formulary")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions()
                .setName("Formulary").setLevel(1))).isVisible();
        assertThat(page.locator("#agent-LIDOCAINE_2")).containsText("2 % (20 mg/mL)");
        assertThat(page.locator("#agent-LIDOCAINE_2")).containsText("4.5 mg/kg, at most 300 mg");
        assertThat(page.locator("#agent-BUPIVACAINE_025")).containsText("At most 175 mg, whatever the weight");
        visited("formulary-01-admin-page");

        page.locator("#LIDOCAINE_2 summary").click();
        page.locator("#maximum-LIDOCAINE_2").fill("-5");
        page.locator("#reason-LIDOCAINE_2").fill("");
        page.locator("#LIDOCAINE_2").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.locator("#maximum-LIDOCAINE_2-problem")).hasText("Enter a number above 0, or leave it empty for none");
        assertThat(page.locator("#reason-LIDOCAINE_2-problem")).hasText("Fill this in");
        assertThat(page.locator("#maximum-LIDOCAINE_2")).hasValue("-5");
        assertThat(page.locator("#agent-LIDOCAINE_2")).containsText("at most 300 mg");
        visited("formulary-02-bad-cap-beside-the-field");

        page.locator("#maximum-LIDOCAINE_2").fill("200");
        page.locator("#source-LIDOCAINE_2").fill("Clinic pharmacy and therapeutics committee, December 2026");
        page.locator("#reason-LIDOCAINE_2").fill("The 2 % strength is only for small areas");
        page.locator("#LIDOCAINE_2").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save"))
                .click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved: the formulary is now version 2");
        assertThat(page.locator("#agent-LIDOCAINE_2")).containsText("4.5 mg/kg, at most 200 mg");
        assertThat(page.locator("#history")).containsText("The 2 % strength is only for small areas");
        assertThat(page.locator("#history")).containsText("admin");
        visited("formulary-03-saved-new-version");

        page.navigate("/logout");
        page.context().clearCookies();
        signIn("clinician");
        page.navigate("/admin/formulary");
        assertThat(page.locator("#agent-LIDOCAINE_2")).containsText("at most 200 mg");
        assertThat(page.locator("#agent-LIDOCAINE_2")).containsText("Clinic pharmacy and therapeutics committee");
        assertThat(page.locator("form[action*='/admin/formulary/']")).hasCount(0);
        visited("formulary-04-clinician-reads");
    }
}
