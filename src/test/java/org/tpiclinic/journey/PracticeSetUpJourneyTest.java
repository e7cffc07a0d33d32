package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.journey.BrowserSupport.screenshot;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.tpiclinic.PostgresTest;
import org.tpiclinic.TestSmtp;
import org.tpiclinic.notifications.OutboxTestDispatch;

/**
 * Issue 9's "a real practice can set itself up", in Chromium on the {@code prod} profile against a freshly
 * cleaned PostgreSQL database: no demo data, only the first admin from the start-up settings. The admin opens a
 * location, creates a clinician's account and adds it as a clinician, defines an appointment type that needs
 * staff approval, gives the clinician that type and hours; a patient then books it online, confirms through the
 * emailed link, and the admin approves the request, which books the appointment.
 */
@EnabledIfEnvironmentVariable(named = "TPI_TEST_POSTGRES_URL", matches = ".+",
        disabledReason = "the production set-up journey needs PostgreSQL: set TPI_TEST_POSTGRES_URL (CI does)")
@PostgresTest
@ActiveProfiles("prod")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
        "tpi.bootstrap.admin-username=owner", "tpi.bootstrap.admin-password=" + PracticeSetUpJourneyTest.OWNER_PASSWORD,
        // Plain HTTP on localhost in the test; production keeps secure cookies and STARTTLS on.
        "server.servlet.session.cookie.secure=false",
        "spring.mail.properties.mail.smtp.starttls.enable=false",
        "spring.mail.properties.mail.smtp.starttls.required=false",
        "tpi.notifications.scheduled=false", "tpi.waitlist.scheduled=false",
        // prod requires a second factor for staff; enrolling one is TwoStepSignInJourneyTest's journey, not this one
        "tpi.security.staff-mfa=optional" })
class PracticeSetUpJourneyTest extends BrowserJourney {

    static final String OWNER_PASSWORD = "owner-secret-for-the-journey";
    private static final String CLINICIAN_PASSWORD = "clinician-secret-123";
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final String LOCATION = "Prairie Pain Clinic - Oak Park";
    private static final String TYPE = "Trigger point consultation";
    private static final String EMAIL = "jo.prairie@example.com";
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/book/confirm/[A-Za-z0-9_-]+)");
    private static final int SMTP_PORT = TestSmtp.freePort();
    /** A port of its own (not 0), as a real installation has, so the emailed link can be checked against it. */
    private static final int HTTP_PORT = TestSmtp.freePort();

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.pointMailAt(registry, SMTP_PORT);
        registry.add("server.port", () -> HTTP_PORT);
    }

    @Autowired
    ApplicationContext application;

    @Test
    void anAdminSetsUpAFreshPracticeAndAPatientBooksOnline() throws Exception {
        var day = LocalDate.now(CHICAGO).plusDays(8);
        try {
            assertThat(jdbc.sql("SELECT COUNT(*) FROM patients").query(Long.class).single()).isZero();
            signInAs("owner", OWNER_PASSWORD);
            openALocation();
            createTheClinicianAccount();
            addTheClinician();
            defineATypeThatNeedsApproval();
            giveTheClinicianTheTypeAndHours(day);
            signOut();
            theClinicianChoosesTheirOwnPassword();
            signOut();
            aPatientBooksOnline(day);
            confirmThroughTheEmailedLink();
            signInAs("owner", OWNER_PASSWORD);
            approveTheRequest();
        } catch (AssertionError | RuntimeException failed) {
            screenshot(page, "setup-journey-failed-here");
            throw failed;
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM appointments").query(Long.class).single()).isEqualTo(1);
        assertThat(browserErrors).as("browser errors (CSP violations, script errors)").isEmpty();
    }

    private void signInAs(String username, String password) {
        page.navigate("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private void signOut() {
        page.context().clearCookies();
    }

    private Locator button(String name) {
        return page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private void openALocation() {
        page.navigate("/admin/locations");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(LOCATION);
        page.getByLabel("Address").fill("101 N Marion St, Oak Park, IL 60301");
        page.getByLabel("Phone").fill("(708) 555-0123");
        page.getByLabel("Time zone").fill(CHICAGO.getId());
        button("Add").click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(LOCATION);
        visited("setup-01-location");
    }

    private void createTheClinicianAccount() {
        page.navigate("/admin/users");
        page.getByLabel("Username").fill("drlee");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("Dr. Morgan Lee");
        page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Clinician"));
        page.getByLabel("Temporary password").fill(CLINICIAN_PASSWORD);
        button("Create account").click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("drlee");
        visited("setup-02-clinician-account");
    }

    private void addTheClinician() {
        page.navigate("/admin/clinicians");
        visited("setup-03-clinicians");
        page.getByLabel("Clinician account").selectOption(new SelectOption().setLabel("Dr. Morgan Lee (drlee)"));
        button("Add clinician").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText("Dr. Morgan Lee");
    }

    /** The admin knows the temporary password: the clinician must replace it before anything else. */
    private void theClinicianChoosesTheirOwnPassword() {
        signInAs("drlee", CLINICIAN_PASSWORD);
        assertThat(page).hasURL(Pattern.compile("/account$"));
        assertThat(page.locator("#must-choose-password")).containsText("choose your own password");
        visited("setup-05b-choose-password");
        page.navigate("/patients");
        assertThat(page).hasURL(Pattern.compile("/account$"));
        var form = page.locator("form[action$='/account/password']");
        form.getByLabel("Your current password").fill(CLINICIAN_PASSWORD);
        form.getByLabel("New password").fill("morning tide over quiet dunes");
        form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Change password")).click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Only you know it now");
        assertThat(page.locator("#must-choose-password")).hasCount(0);
        page.navigate("/patients");
        assertThat(page).hasURL(Pattern.compile("/patients$"));
    }

    private void defineATypeThatNeedsApproval() {
        page.navigate("/admin/appointment-types");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New appointment type")).click();
        visited("setup-04-new-type");
        page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(TYPE);
        page.getByLabel("Duration in minutes").fill("40");
        page.getByLabel("Patients may book it online").check();
        page.getByLabel("Online requests wait for staff approval").check();
        button("Save").click();
        assertThat(page).hasURL(Pattern.compile("/admin/appointment-types$"));
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(TYPE);
    }

    private void giveTheClinicianTheTypeAndHours(LocalDate day) {
        page.navigate("/admin/clinicians");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hours and types of Dr. Morgan Lee"))
                .click();
        page.getByLabel(TYPE).check();
        page.locator("section[aria-labelledby=types-heading]").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByLabel(TYPE)).isChecked();
        var hours = page.locator("form[action$='/hours']");
        hours.getByLabel("Location").selectOption(new SelectOption().setLabel(LOCATION + " (" + CHICAGO.getId() + ")"));
        hours.getByLabel("Day").selectOption(new SelectOption()
                .setLabel(day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.US)));
        hours.getByLabel("Start").fill("09:00");
        hours.getByLabel("End").fill("17:00");
        button("Add hours").click();
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Weekly hours added.");
        visited("setup-05-clinician");
    }

    private void aPatientBooksOnline(LocalDate day) {
        page.navigate("/book");
        page.getByLabel("Location").selectOption(new SelectOption().setLabel(LOCATION));
        page.getByLabel("Kind of appointment").selectOption(new SelectOption().setLabel(TYPE));
        page.getByLabel("From").fill(day.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show free times")).click();
        visited("setup-06-free-times");
        page.locator("input[name=slot]").first().check();
        page.getByLabel("First name").fill("Jo");
        page.getByLabel("Last name").fill("Prairie");
        page.getByLabel("Date of birth").fill("1984-02-29");
        page.getByLabel("Email").fill(EMAIL);
        page.getByLabel("Phone").fill("(708) 555-0177");
        page.getByLabel("Reason for the visit").fill("Tight knots in my neck since the spring");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request this appointment")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Check your email");
    }

    private void confirmThroughTheEmailedLink() throws Exception {
        String path = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (path == null && System.currentTimeMillis() < deadline) {
            OutboxTestDispatch.dispatchDue(application);
            greenMail.waitForIncomingEmail(1_000, 1);
            for (MimeMessage mail : greenMail.getReceivedMessages()) {
                if (EMAIL.equals(mail.getAllRecipients()[0].toString())) {
                    var text = TestSmtp.plainText(mail);
                    var link = LINK.matcher(text);
                    if (link.find()) {
                        // The link names the address the server really runs on.
                        assertThat(text).contains("http://localhost:" + port + "/book/confirm/");
                        path = link.group(1);
                    }
                }
            }
        }
        assertThat(path).as("a verification email to " + EMAIL + " with a link").isNotNull();
        page.navigate(path);
        button("Confirm").click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Request received");
        visited("setup-07-request-received");
    }

    private void approveTheRequest() {
        page.navigate("/schedule/online-requests");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Prairie");
        visited("setup-08-requests");
        button("Approve and book").click();
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(EMAIL);
    }
}
