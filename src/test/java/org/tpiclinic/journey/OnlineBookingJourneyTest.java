package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.journey.BrowserSupport.screenshot;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.tpiclinic.TestSmtp;
import org.tpiclinic.notifications.OutboxTestDispatch;

/**
 * Issue 3's journey in Chromium: a brand-new patient books a consultation at {@code /book} in Scottsdale
 * (America/Phoenix, seven hours behind UTC, no daylight saving) without signing in, confirms through the link in
 * the email (delivered over SMTP to GreenMail), and the front desk finds the booking in the clinician's and the
 * location's week at the exact local time, with the intake not started. Every page passes the axe scan and is
 * saved as a screenshot.
 */
@TestPropertySource(properties = "tpi.notifications.from=appointments@bluepoint.test")
class OnlineBookingJourneyTest extends BrowserJourney {

    private static final int SMTP_PORT = TestSmtp.freePort();
    private static final ZoneId PHOENIX = ZoneId.of("America/Phoenix");
    private static final String LOCATION = "Blue Point - Scottsdale";
    private static final String GIVEN = "Marisol";
    private static final String FAMILY = "Okonkwo-Lindqvist";
    private static final String EMAIL = "marisol.ol@example.com";
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/book/confirm/[A-Za-z0-9_-]+)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    @RegisterExtension
    static final GreenMailExtension greenMail = TestSmtp.server(SMTP_PORT);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.pointMailAt(registry, SMTP_PORT);
    }

    @Autowired
    ApplicationContext application;

    @Test
    void aNewPatientBooksOnlineAndTheFrontDeskFindsItAtTheLocalTime() throws Exception {
        try {
            var slot = chooseASlotAndApply();
            confirmThroughTheEmailedLink();
            signInAsFrontDesk();
            var clinician = jdbc.sql("SELECT name FROM clinicians WHERE id = ?").param(slot.clinicianId())
                    .query(String.class).single();
            findInWeek(clinician, slot, "clinician");
            findInWeek(LOCATION, slot, "location");
            openTheAppointment(slot);
        } catch (AssertionError | RuntimeException failed) {
            screenshot(page, "online-journey-failed-here");
            throw failed;
        }
        assertThat(browserErrors).as("browser errors (CSP violations, script errors)").isEmpty();
    }

    record Chosen(UUID clinicianId, Instant start) {
        LocalDate localDate() {
            return LocalDate.ofInstant(start, PHOENIX);
        }

        /** What the calendar must show, computed here from the instant: "10:00 AM – 10:30 AM MST". */
        String localTimes() {
            return TIME.format(start.atZone(PHOENIX)) + " – " + TIME.format(start.plus(Duration.ofMinutes(30))
                    .atZone(PHOENIX)) + " MST";
        }
    }

    private Chosen chooseASlotAndApply() {
        page.navigate("/book");
        visited("online-01-book");
        // A Tuesday two weeks out: the demo clinicians work in Scottsdale on Tuesdays and Thursdays.
        var tuesday = LocalDate.now(PHOENIX).plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        page.getByLabel("Location").selectOption(new SelectOption().setLabel(LOCATION));
        page.getByLabel("Kind of appointment").selectOption(new SelectOption().setLabel("New-patient consultation"));
        page.getByLabel("From").fill(tuesday.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show free times")).click();
        assertThat(page.getByText("America/Phoenix")).isVisible();
        visited("online-02-free-times");

        var first = page.locator("input[name=slot]").first();
        var value = first.getAttribute("value").split("\\|");
        var chosen = new Chosen(UUID.fromString(value[0]), Instant.parse(value[1]));
        assertThat(page.locator("label[for=" + first.getAttribute("id") + "]"))
                .containsText(TIME.format(chosen.start().atZone(PHOENIX)) + " MST");
        first.check();
        page.getByLabel("First name").fill(GIVEN);
        page.getByLabel("Last name").fill(FAMILY);
        page.getByLabel("Date of birth").fill("1979-11-03");
        page.getByLabel("Email").fill(EMAIL);
        page.getByLabel("Phone").fill("(480) 555-0188");
        page.getByLabel("Reason for the visit").fill("Knots in my upper back for three months");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request this appointment")).click();
        assertThat(page).hasURL(Pattern.compile("/book/sent$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Check your email");
        visited("online-03-check-email");
        return chosen;
    }

    private void confirmThroughTheEmailedLink() throws Exception {
        String path = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (path == null && System.currentTimeMillis() < deadline) {
            // The scheduled dispatcher is off in tests: send what is due now, as it would.
            OutboxTestDispatch.dispatchDue(application);
            greenMail.waitForIncomingEmail(1_000, 1);
            for (MimeMessage mail : greenMail.getReceivedMessages()) {
                if (EMAIL.equals(mail.getAllRecipients()[0].toString())) {
                    var link = LINK.matcher(TestSmtp.plainText(mail));
                    path = link.find() ? link.group(1) : null;
                }
            }
        }
        assertThat(path).as("a verification email to " + EMAIL + " with a link").isNotNull();
        page.navigate(path);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Confirm your appointment");
        visited("online-04-confirm");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Your appointment is booked");
        visited("online-05-booked");
    }

    private void signInAsFrontDesk() {
        signIn("frontdesk");
        mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Schedule").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile("/schedule$"));
        visited("online-06-schedule");
    }

    /** From /schedule, the subject's week, then the booking's week by the date field; the booking at local time. */
    private void findInWeek(String subject, Chosen slot, String name) {
        mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Schedule").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("This week (" + subject + ")").setExact(true))
                .click();
        page.getByLabel("Go to date").fill(slot.localDate().toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Go").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .containsText(subject + ": week of");
        var day = page.locator(".calendar-day").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                        .setName(slot.localDate().format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.US)))
                        .setExact(true))));
        var booking = day.locator(".calendar-appointment").filter(new Locator.FilterOptions().setHasText(FAMILY));
        assertThat(booking).hasCount(1);
        assertThat(booking.locator(".calendar-time")).hasText(slot.localTimes());
        assertThat(booking.locator(".intake-badge")).containsText("Intake not started");
        visited("online-07-week-" + name);
    }

    private void openTheAppointment(Chosen slot) {
        page.locator(".calendar-appointment").filter(new Locator.FilterOptions().setHasText(FAMILY))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(slot.localTimes())).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Appointment");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(FAMILY);
        assertThat(page.getByRole(AriaRole.MAIN)).containsText(TIME.format(slot.start().atZone(PHOENIX)) + " MST");
        assertThat(page.locator(".intake-badge")).containsText("Intake not started");
        visited("online-08-appointment");
    }
}
