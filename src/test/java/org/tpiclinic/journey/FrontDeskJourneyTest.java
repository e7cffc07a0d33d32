package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.journey.BrowserSupport.screenshot;

import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;

/**
 * The foundation journey in a real browser: the front desk signs in, registers a patient with an amide allergy,
 * finds them again by a misspelled name and opens the chart; a patient signs in and is refused that chart. Every
 * page visited passes an axe scan (no serious or critical WCAG 2.1 AA violation) and is saved as a screenshot in
 * {@code target/screenshots}.
 */
class FrontDeskJourneyTest extends BrowserJourney {

    private static final String GIVEN = "Wilhelmina";
    private static final String FAMILY = "Quackenbush";
    private static final String MISSPELLED = "Quakenbush";
    private static final String CHART_NAME = FAMILY + ", " + GIVEN;

    @Test
    void frontDeskRegistersAndFindsAnAmideAllergicPatientWhomAnotherPatientMayNotSee() {
        try {
            signInAsFrontDesk();
            String chartPath = registerPatient();
            addAmideAllergy();
            findByMisspelledNameAndOpenChart(chartPath);
            signOut();
            patientIsRefusedTheChartOf(chartPath);
        } catch (AssertionError | RuntimeException failed) {
            screenshot(page, "failed-here");
            throw failed;
        }

        assertThat(browserErrors).as("browser errors (CSP violations, script errors, resources that failed to load)")
                .isEmpty();
    }

    private void signInAsFrontDesk() {
        page.navigate("/");
        assertThat(page.locator(".demo-banner")).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        visited("01-home");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demo logins"))).isVisible();
        visited("02-login");

        signIn("frontdesk");
        assertThat(page).hasURL(Pattern.compile("/patients$"));
        assertThat(page.getByText("Front desk")).isVisible();
        visited("03-patients-search");
    }

    private String registerPatient() {
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Register a patient")).click();
        assertThat(page).hasURL(Pattern.compile("/patients/new$"));
        visited("04-patient-registration");

        page.getByLabel("Given name", new Page.GetByLabelOptions().setExact(true)).fill(GIVEN);
        page.getByLabel("Family name", new Page.GetByLabelOptions().setExact(true)).fill(FAMILY);
        page.getByLabel("Date of birth").fill("1961-04-23");
        page.getByLabel("Sex").selectOption(new SelectOption().setIndex(0));
        page.getByLabel("Phone").fill("(631) 555-0199");
        page.getByLabel("Weight (kg)").fill("68.5");
        page.getByLabel("Weight measured on").fill(LocalDate.now().minusDays(7).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register patient")).click();

        assertThat(page).hasURL(Pattern.compile("/patients/[0-9a-f-]{36}$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Patient registered with MRN");
        assertThat(page.locator("#patient-name")).hasText(CHART_NAME);
        assertThat(page.locator(".chart-header")).containsText("68.5 kg");
        return page.url().substring(page.url().indexOf("/patients/"));
    }

    private void addAmideAllergy() {
        assertThat(page.locator(".chart-header")).containsText("No allergies recorded");
        page.getByLabel("Substance", new Page.GetByLabelOptions().setExact(true)).fill("Lidocaine");
        page.getByLabel("Class", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Amide local anesthetic"));
        page.getByLabel("Reaction", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Hives or rash"));
        page.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Moderate"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add allergy")).click();

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Allergy added.");
        assertThat(page.locator(".chart-header .badge-allergy"))
                .hasText("Allergy: Lidocaine (Amide local anesthetic)");
        assertThat(page.locator(".chart-header")).not().containsText("No allergies recorded");
        assertThat(page.locator("#allergies table")).containsText("Hives or rash");
        visited("05-chart-with-allergy");
    }

    private void findByMisspelledNameAndOpenChart(String chartPath) {
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                        .setName("Patients").setExact(true))
                .click();
        assertThat(page).hasURL(Pattern.compile("/patients$"));
        page.getByLabel("Find a patient").fill(MISSPELLED);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();

        assertThat(page).hasURL(Pattern.compile("/patients\\?q=" + MISSPELLED + "$"));
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("found for \"" + MISSPELLED + "\"");
        var result = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(CHART_NAME));
        assertThat(result).hasCount(1);
        assertThat(result).hasAttribute("href", chartPath);
        visited("06-search-results-misspelled");

        result.click();
        assertThat(page).hasURL(baseUrl() + chartPath);
        assertThat(page.locator("#patient-name")).hasText(CHART_NAME);
        assertThat(page.locator(".chart-header .badge-allergy")).containsText("Amide local anesthetic");
        visited("07-chart-found-again");
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page).hasURL(Pattern.compile("/login\\?signedout$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("You have signed out.");
        visited("08-signed-out");
    }

    private void patientIsRefusedTheChartOf(String otherChartPath) {
        UUID ownPatientId = jdbc.sql("SELECT patient_id FROM user_accounts WHERE username = 'patient1'")
                .query(UUID.class).single();
        signIn("patient1");
        assertThat(page).hasURL(Pattern.compile("/patients/" + ownPatientId + "$"));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My record"))).isVisible();
        assertThat(page.locator("#patient-name")).not().containsText(FAMILY);
        visited("09-patient-own-chart");

        Response refused = page.navigate(otherChartPath);
        assertThat(refused.status()).as("status of another patient's chart").isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Not allowed");
        assertThat(page.content()).doesNotContain(FAMILY).doesNotContain(GIVEN).doesNotContain("Lidocaine");
        visited("10-patient-refused-other-chart");

        Response search = page.navigate("/patients?q=" + FAMILY);
        assertThat(search.status()).as("status of patient search for a patient").isEqualTo(403);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Not allowed");
        assertThat(page.content()).doesNotContain(GIVEN);
        visited("11-patient-refused-search");
    }

}
