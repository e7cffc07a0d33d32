package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.journey.BrowserSupport.screenshot;

import java.time.LocalDate;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.DrugClass;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.shared.Kilograms;

/**
 * Issue 9's medicines and allergies in a real browser. A clinician fills a patient's intake as the patient
 * describes it: "warfarin (Coumadin) 3mg" with "No" to blood thinners is caught beside the question without losing
 * what was typed; a "Lidocaine" allergy the patient calls "Other" is still an amide allergy. The chart says the
 * answers wait for review and that no allergy is recorded (not "no known allergies"); screening stops lidocaine
 * before anything is accepted; accepting keeps each substance's class.
 */
class SubstancesJourneyTest extends BrowserJourney {

    private static final String FAMILY = "Okonkwo-Lind";

    @Autowired
    PatientRegistry patients;

    @Test
    void whateverThePatientTypedTheMedicineAndTheAllergyAreKnownForWhatTheyAre() {
        var details = new PatientDetails("Ada", FAMILY, null, LocalDate.of(1958, 2, 11), Sex.FEMALE, null, null, null,
                null, null, null, "English", Kilograms.of("68.0"), LocalDate.now().minusDays(3));
        UUID id = patients.register(CurrentUser.system("journey"), details, true).registered().id();
        try {
            signIn("clinician");
            page.navigate("/patients/" + id);
            assertThat(page.locator("#allergy-status")).hasText("No allergies recorded");
            visited("substances-01-chart-none-recorded");

            page.navigate("/patients/" + id + "/intake");
            assertThat(page.locator("#progress")).containsText("0 of 3 sections done");
            page.getByLabel("Why are you coming?").fill("Neck and shoulder knots");
            page.locator("#safety-noAllergies-no").check();
            page.getByLabel("Allergy 1", new Page.GetByLabelOptions().setExact(true)).fill("Lidocaine");
            page.getByLabel("Kind of allergy 1").selectOption("OTHER");
            page.getByLabel("What happened with allergy 1").selectOption("HIVES_OR_RASH");
            page.getByLabel("How bad was allergy 1").selectOption("MODERATE");
            page.locator("#safety-bloodThinners-no").check();
            page.getByLabel("Medication 1", new Page.GetByLabelOptions().setExact(true))
                    .fill("warfarin (Coumadin) 3mg");
            save();
            assertThat(page.locator("#bloodThinners-error")).containsText("listed one");
            assertThat(page.locator("#not-saved")).containsText("Safety questions");
            assertThat(page.getByLabel("Medication 1", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("warfarin (Coumadin) 3mg");
            assertThat(page.getByLabel("Why are you coming?")).hasValue("Neck and shoulder knots");
            visited("substances-02-blood-thinner-caught");

            page.locator("#safety-bloodThinners-yes").check();
            save();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("2 of 3 sections done");
            assertThat(page.locator("#proposals")).containsText("Allergy: Lidocaine");
            assertThat(page.locator("#proposals")).containsText("Amide local anesthetic");
            assertThat(page.locator("#proposals")).containsText("Anticoagulant");
            visited("substances-03-saved-two-of-three");

            page.navigate("/patients/" + id);
            assertThat(page.locator("#awaiting-review")).containsText("Medication: warfarin (Coumadin) 3mg");
            assertThat(page.locator("#allergy-status")).hasText("No allergies recorded");
            visited("substances-04-chart-answers-awaiting-review");

            page.navigate("/patients/" + id + "/screening");
            page.getByLabel("Agent").selectOption("LIDOCAINE_1_PLAIN");
            page.getByLabel("Upper trapezius", new Page.GetByLabelOptions().setExact(true))
                    .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Right"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check screening")).click();
            assertThat(page.locator("#awaiting-review")).containsText("Allergy: Lidocaine");
            assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHas(page.locator(".outcome-HARD_STOP"))))
                    .containsText("Allergy on file: Lidocaine.");
            assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHasText("Blood thinner")))
                    .containsText("warfarin (Coumadin) 3mg");
            visited("substances-05-screening-stops-lidocaine");

            page.navigate("/patients/" + id + "/intake");
            var accept = page.locator("#proposals").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Accept into the record"));
            for (int left = accept.count(); left > 0; left--) {
                accept.first().click();
                assertThat(page.getByRole(AriaRole.STATUS)).containsText("Accepted into the record");
            }
            visited("substances-06-accepted");
        } catch (AssertionError | RuntimeException failed) {
            screenshot(page, "substances-failed-here");
            throw failed;
        }
        var chart = patients.chart(CurrentUser.system("journey"), id);
        assertThat(chart.activeAllergies()).singleElement()
                .satisfies(a -> assertThat(a.allergyClass()).isEqualTo(AllergyClass.AMIDE));
        assertThat(chart.activeMedications()).singleElement()
                .satisfies(m -> assertThat(m.drugClass()).isEqualTo(DrugClass.ANTICOAGULANT));
        assertThat(browserErrors).as("browser errors (CSP violations, script errors, failed loads)").isEmpty();
    }

    private void save() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my answers")).click();
    }
}
