package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.tpiclinic.journey.BrowserSupport.assertAccessible;
import static org.tpiclinic.journey.BrowserSupport.screenshot;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every staff page of the demo practice (and the patient and public booking pages), opened in Chromium by the
 * role that uses it: it renders without a
 * browser error, and passes the axe scan (no serious or critical WCAG 2.1 AA violation). Screenshots are kept in
 * {@code target/screenshots}.
 */
class StaffPagesAccessibilityTest extends BrowserJourney {

    private String resolve(String path) {
        UUID patient = jdbc.sql("SELECT patient_id FROM user_accounts WHERE username = 'patient1'").query(UUID.class)
                .single();
        UUID clinician = jdbc.sql("SELECT id FROM clinicians ORDER BY name LIMIT 1").query(UUID.class).single();
        UUID location = jdbc.sql("SELECT id FROM locations ORDER BY name LIMIT 1").query(UUID.class).single();
        return path.replace("{patient}", patient.toString()).replace("{clinician}", clinician.toString())
                .replace("{location}", location.toString());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "clinician, /schedule, schedule",
            "clinician, /schedule/clinicians/{clinician}/week, schedule-week",
            "frontdesk, /schedule/locations/{location}/day, schedule-day",
            "frontdesk, /schedule/clinicians/{clinician}/day, schedule-clinician-day",
            "frontdesk, /schedule/locations/{location}/week, schedule-location-week",
            "billing, /schedule/locations/{location}/week, schedule-location-week-billing",
            "frontdesk, /schedule/book?patientId={patient}, schedule-book",
            "clinician, /patients/{patient}, chart",
            "frontdesk, /patients/{patient}/merge, patient-merge",
            "clinician, /patients/{patient}/intake, intake",
            "clinician, /patients/{patient}/screening, screening",
            "patient1, /patients/{patient}/intake, patient-intake",
            "admin, /admin/users, admin-users",
            "admin, /admin/audit, admin-audit",
            "admin, /admin/outbox, admin-outbox",
            "admin, /admin/screening-rules, admin-screening-rules",
            "admin, /admin/locations, admin-locations",
            "admin, /admin/clinicians, admin-clinicians",
            "admin, /admin/appointment-types, admin-appointment-types",
            "frontdesk, /schedule/online-requests, online-requests",
            "frontdesk, /schedule/waitlist, waitlist",
            "frontdesk, /schedule/waitlist/new?patientId={patient}, waitlist-new",
            "patient1, /my/waitlist, my-waitlist",
            "patient1, /my/appointments, my-appointments",
            "anonymous, /book, public-book",
            "patient1, /patients/{patient}/consent, patient-consent",
            "admin, /admin/consent-templates, admin-consent-templates",
            "frontdesk, /aftercare/worklist, aftercare-worklist",
            "admin, /admin/aftercare, admin-aftercare-texts",
            "patient1, /my/aftercare, my-aftercare" })
    void pageRendersAndPassesTheAccessibilityScan(String user, String path, String name) {
        if (!"anonymous".equals(user)) {
            signIn(user);
        }

        var response = page.navigate(resolve(path));
        screenshot(page, "staff-" + name);
        org.assertj.core.api.Assertions.assertThat(response.status()).as(path).isEqualTo(200);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
        assertAccessible(page, name);
        org.assertj.core.api.Assertions.assertThat(browserErrors).as("browser errors on " + path).isEmpty();
    }

    @Test
    void theMergePageSaysBesideTheFieldThatNoChartHasTheMrnTyped() {
        signIn("frontdesk");
        page.navigate(resolve("/patients/{patient}/merge"));
        page.getByLabel("MRN of the duplicate chart").fill("NO-SUCH-MRN");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show the duplicate")).click();
        var mrn = page.getByLabel("MRN of the duplicate chart");
        assertThat(mrn).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#" + mrn.getAttribute("aria-describedby").split(" ")[0]))
                .containsText("No chart has this MRN");
        screenshot(page, "staff-patient-merge-unknown-mrn");
        assertAccessible(page, "patient-merge-unknown-mrn");
        org.assertj.core.api.Assertions.assertThat(browserErrors).as("browser errors").isEmpty();
    }
}
