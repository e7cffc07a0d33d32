package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.journey.BrowserSupport.screenshot;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.scheduling.Availability;
import org.tpiclinic.scheduling.BookingRequest;
import org.tpiclinic.scheduling.Bookings;
import org.tpiclinic.scheduling.Clinician;
import org.tpiclinic.scheduling.Clinicians;
import org.tpiclinic.scheduling.Location;
import org.tpiclinic.scheduling.Locations;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;

/**
 * Issue 4's journey in a real browser. A new patient is booked; the confirmation email carries an intake link,
 * which the patient opens at home without an account and fills (reporting a fear of needles and their weight).
 * The clinician signs in, accepts the patient-reported answers into the record one by one, screens a plan with
 * exactly one warning (needle fear) for lidocaine at the left gluteus medius (the side chosen for the muscle) and
 * records it as eligible with that warning acknowledged and a reason. Before that review the consent page has
 * nothing to sign. On the clinic tablet the patient reads the reviewed plan in words, with its side, and cannot
 * change it, signs with a typed name and a drawn signature, and the PDF of what was signed downloads with the
 * practice's letterhead, their name, date of birth and MRN, and the plan with its side. Every page is screenshot
 * and passes the axe scan.
 */
class IntakeToConsentJourneyTest extends BrowserJourney {

    private static final String GIVEN = "Marguerite";
    private static final String FAMILY = "Oyelaran";
    private static final UUID NEW_PATIENT_VISIT = UUID.fromString("6f1d3c3e-0001-4c5e-9a61-3a1f00000001");
    private static final ZoneId ZONE = ZoneId.of("America/New_York");
    private static final String PLAN_IN_WORDS = "Lidocaine 1% plain (single-dose, preservative-free), left gluteus medius";
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/intake/[A-Za-z0-9_-]+)");

    @Autowired
    PatientRegistry patients;
    @Autowired
    Locations locations;
    @Autowired
    Clinicians clinicians;
    @Autowired
    Availability availability;
    @Autowired
    Bookings bookings;
    @Autowired
    Clock clock;

    @Test
    void aPatientFillsIntakeFromTheEmailedLinkTheClinicianAcceptsAndScreensAndThePatientSignsConsent()
            throws Exception {
        UUID patientId = registerPatient();
        String intakePath = intakeLinkFromTheConfirmationOf(book(patientId));
        try {
            patientFillsIntakeAtHome(intakePath);
            patientDrawsWhereItHurtsOnThePhoneFromTheSameLink(intakePath);
            clinicianAcceptsTheAnswersOneByOne(patientId);
            clinicianSeesTheDrawingFromTheLinkOnTheChart(patientId);
            beforeTheReviewThereIsNothingToConsentTo(patientId);
            clinicianReviewsWithTheOneWarningAcknowledged(patientId);
            patientSignsConsentOnTheClinicTablet();
            theSignedConsentDownloadsAsAPdfWithThePatientsNameAndThePlanWithItsSide(patientId);
        } catch (AssertionError | RuntimeException failed) {
            screenshot(page, "intake-failed-here");
            throw failed;
        }
        assertThat(browserErrors).as("browser errors (CSP violations, script errors, failed loads)").isEmpty();
    }

    /** On a phone, from the emailed link: a tap on the chart for one place, the keyboard for another. */
    private void patientDrawsWhereItHurtsOnThePhoneFromTheSameLink(String intakePath) {
        Page phone = touchPage();
        phone.navigate(intakePath);
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mark where it hurts on a body chart"))
                .tap();
        phone.waitForURL(url -> url.endsWith(intakePath + "/pain-drawing"));
        assertThat(phone.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Where does it hurt?")))
                .isVisible();
        Locator temple = phone.getByRole(AriaRole.CHECKBOX,
                new Page.GetByRoleOptions().setName("Temple, right").setExact(true));
        temple.scrollIntoViewIfNeeded();
        temple.tap();
        assertThat(temple).hasAttribute("aria-checked", "true");
        Locator neck = phone.getByRole(AriaRole.CHECKBOX,
                new Page.GetByRoleOptions().setName("Back of the neck, right").setExact(true));
        neck.focus();
        phone.keyboard().press("Space");
        assertThat(neck).hasAttribute("aria-checked", "true");
        assertThat(phone.locator("#marks-0-zone")).hasValue("TEMPLE_R");
        assertThat(phone.locator("#marks-1-zone")).hasValue("POSTERIOR_NECK_R");
        phone.locator("#marks-0-intensity").fill("6");
        phone.locator("#marks-1-intensity").fill("5");
        phone.locator("#marks-1-quality").selectOption("ACHING");
        screenshot(phone, "intake-01b-drawing-on-the-phone");
        BrowserSupport.assertAccessible(phone, "intake-01b-drawing-on-the-phone");
        phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the drawing")).tap();
        assertThat(phone.getByRole(AriaRole.STATUS).filter(new Locator.FilterOptions().setHasText("saved")))
                .isVisible();
        phone.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to your intake questions")).tap();
        phone.waitForURL(url -> url.endsWith(intakePath));
        screenshot(phone, "intake-01c-drawing-saved");
    }

    private void clinicianSeesTheDrawingFromTheLinkOnTheChart(UUID patientId) {
        page.navigate("/patients/" + patientId);
        Locator summary = page.locator("#assessment-summary");
        assertThat(summary.getByText("by the patient")).isVisible();
        assertThat(summary.locator("[data-zone='TEMPLE_R']")).hasClass(java.util.regex.Pattern.compile("zone-marked"));
        assertThat(summary.locator("[data-zone='POSTERIOR_NECK_R']"))
                .hasClass(java.util.regex.Pattern.compile("zone-marked"));
        visited("intake-02b-chart-shows-the-drawing");
    }

    private UUID registerPatient() {
        var details = new PatientDetails(GIVEN, FAMILY, null, LocalDate.of(1979, 8, 14), Sex.FEMALE, "(631) 555-0177",
                "m.oyelaran@example.com", null, null, null, null, "English", null, null);
        return patients.register(CurrentUser.system("journey"), details, true).registered().id();
    }

    private UUID book(UUID patientId) {
        var location = locations.save(Location.open("Harbor Annex", "9 Pier Lane", "(631) 555-0150", ZONE));
        var clinician = clinicians.save(Clinician.of(UUID.randomUUID(), "Dr. Journey", Set.of(NEW_PATIENT_VISIT)));
        for (var day : DayOfWeek.values()) {
            availability.addHours(ClinicianId.of(clinician.id()), LocationId.of(location.id()), day, LocalTime.of(8, 0), LocalTime.of(18, 0));
        }
        var start = LocalDate.now(clock.withZone(ZONE)).plusDays(5).atTime(11, 0).atZone(ZONE).toInstant();
        return bookings.book(CurrentUser.system("journey"), new BookingRequest(patientId, clinician.id(),
                location.id(), NEW_PATIENT_VISIT, start, UUID.randomUUID().toString())).id();
    }

    /** The path of the intake link in the confirmation email, as the outbox holds it for sending. */
    private String intakeLinkFromTheConfirmationOf(UUID appointmentId) {
        String key = "appt:" + appointmentId + ":confirm:0";
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM outbox_messages WHERE dedupe_key = ?").param(key).query(Long.class).single() == 1);
        String text = jdbc.sql("SELECT text_body FROM outbox_messages WHERE dedupe_key = ?").param(key)
                .query(String.class).single();
        Matcher link = LINK.matcher(text);
        assertThat(link.find()).as("an intake link in the confirmation:\n%s", text).isTrue();
        return link.group(1);
    }

    private void patientFillsIntakeAtHome(String intakePath) {
        var mistyped = page.navigate(intakePath.substring(0, intakePath.length() - 1));
        assertThat(mistyped.status()).as("status of a link missing its last character").isEqualTo(404);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("This link no longer works");
        assertThat(page.getByRole(AriaRole.MAIN)).containsText("Check that you copied the whole link");
        assertThat(page.getByRole(AriaRole.MAIN)).not().containsText(FAMILY);
        visited("intake-00-link-mistyped");

        page.navigate(intakePath);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Intake: " + FAMILY + ", " + GIVEN);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).hasCount(0);
        visited("intake-01-link-opened");

        page.getByLabel("Why are you coming?").fill("Knots in my low back and hip");
        page.getByLabel("Where does it hurt?").fill("Left hip, side of the pelvis");
        page.getByLabel("When did the pain start?").fill(LocalDate.now().minusMonths(5).toString());
        page.getByLabel("Pain today, 0 (none) to 10 (worst imaginable)").fill("6");
        page.getByLabel("How much does pain get in the way", new Page.GetByLabelOptions().setExact(false)).fill("5");

        page.locator("#care-carePhysicalTherapy-yes").check();
        page.locator("#care-careMassage-no").check();
        page.locator("#care-careStretching-yes").check();
        page.locator("#care-careMedication-no").check();
        page.getByLabel("For how many weeks, in total?").fill("10");
        page.locator("#care-priorTpi-no").check();

        page.locator("#safety-noAllergies-yes").check();
        for (String no : List.of("bloodThinners", "steroidUse", "recentInfection", "bleedingProblems",
                "numbingProblems", "diabetes", "pregnant", "heartOrLiver", "immunosuppressed")) {
            page.locator("#safety-" + no + "-no").check();
        }
        page.locator("#safety-needleFear-yes").check();
        page.getByLabel("Your weight in kg").fill("64.5");
        page.getByLabel("When were you weighed?").fill(LocalDate.now().minusDays(2).toString());
        page.locator("#safety-driverHome-yes").check();
        save("Saved. Your intake is complete.");
        assertThat(page.locator("#done")).containsText("Your intake is complete");
        assertThat(page.locator("#safety")).containsText("the patient, through the emailed link (patient-reported)");
        visited("intake-02-patient-saved-all-sections");
    }

    private void save(String notice) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my answers")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText(notice);
    }

    private void clinicianAcceptsTheAnswersOneByOne(UUID patientId) {
        signIn("clinician");
        page.navigate("/patients/" + patientId + "/intake");
        var accept = page.locator("#proposals").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Accept into the record"));
        // needle fear, weight, and "I have no allergies" (which becomes the chart's affirmed "no known allergies")
        assertThat(accept).hasCount(3);
        assertThat(page.locator("#proposals")).containsText("Condition: Needle fear or fainting");
        assertThat(page.locator("#proposals .badge", new Page.LocatorOptions().setHasText("patient-reported")))
                .hasCount(3);
        visited("intake-03-clinician-sees-patient-reported-answers");

        for (int left = 3; left > 0; left--) {
            accept.first().click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Accepted into the record");
            assertThat(accept).hasCount(left - 1);
        }
        assertThat(page.locator("#proposals")).containsText("accepted by clinician");
        visited("intake-04-clinician-accepted-answers");
    }

    private void beforeTheReviewThereIsNothingToConsentTo(UUID patientId) {
        page.navigate("/patients/" + patientId + "/consent");
        assertThat(page.locator("#plan-standing")).containsText("has not reviewed your screening");
        assertThat(page.getByLabel("Your full name")).hasCount(0);
        visited("intake-04b-consent-before-review");
    }

    private void clinicianReviewsWithTheOneWarningAcknowledged(UUID patientId) {
        page.navigate("/patients/" + patientId + "/screening");
        page.getByLabel("Agent").selectOption("LIDOCAINE_1_PLAIN");
        page.getByLabel("Gluteus medius", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Left"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check screening")).click();

        var warnings = page.locator("tbody .outcome-WARNING");
        assertThat(warnings).hasCount(1);
        assertThat(page.locator("tbody .outcome-HARD_STOP")).hasCount(0);
        assertThat(page.locator("tbody tr", new Page.LocatorOptions().setHas(page.locator(".outcome-WARNING"))))
                .containsText("Needle fear or fainting on the record");
        visited("intake-05-screening-one-warning");

        page.getByLabel("Eligible, each warning acknowledged").check();
        page.getByLabel("Why you accept: Needle fear or fainting")
                .fill("Injecting lying down with a chaperone; patient agrees");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record review")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Review recorded.");
        var latest = page.getByLabel("Latest review", new Page.GetByLabelOptions().setExact(true));
        assertThat(latest).containsText("Needle fear or fainting: Injecting lying down with a chaperone");
        assertThat(latest).containsText(PLAN_IN_WORDS);
        visited("intake-06-screening-reviewed");
    }

    private void patientSignsConsentOnTheClinicTablet() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Consent").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2).setName("Please read")))
                .isVisible();
        assertThat(page.locator("#plan-words")).hasText(PLAN_IN_WORDS);
        assertThat(page.locator("main select")).hasCount(0);
        assertThat(page.getByLabel("Witness name (optional)")).isVisible();
        visited("intake-07-consent-to-read");

        page.getByLabel("Your full name").fill(GIVEN + " " + FAMILY);
        var pad = page.locator("#signature-pad");
        pad.scrollIntoViewIfNeeded();
        var box = pad.boundingBox();
        page.mouse().move(box.x + 30, box.y + box.height * 0.7);
        page.mouse().down();
        double[][] stroke = { { 0.15, 0.3 }, { 0.25, 0.75 }, { 0.35, 0.35 }, { 0.45, 0.7 }, { 0.6, 0.4 }, { 0.8, 0.6 } };
        for (double[] p : stroke) {
            page.mouse().move(box.x + box.width * p[0], box.y + box.height * p[1], new com.microsoft.playwright.Mouse
                    .MoveOptions().setSteps(6));
        }
        page.mouse().up();
        assertThat(page.locator("#signature")).hasValue(Pattern.compile("^data:image/png;base64,"));
        screenshot(page, "intake-08-consent-signed-by-hand");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("I consent")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Consent signed.");
        visited("intake-09-consent-signed");
    }

    private void theSignedConsentDownloadsAsAPdfWithThePatientsNameAndThePlanWithItsSide(UUID patientId)
            throws Exception {
        Download download = page.waitForDownload(() -> page.locator("#signed")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Download PDF")).first().click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        byte[] pdf = Files.readAllBytes(download.path());
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            var text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            var mrn = patients.chart(CurrentUser.system("journey"), patientId).patient().mrn();
            assertThat(text).contains("Blue Point Medical Group").contains("Patient: " + GIVEN + " " + FAMILY)
                    .contains("Date of birth: August 14, 1979").contains("(MRN): " + mrn).contains(PLAN_IN_WORDS)
                    .contains("Consent obtained in the clinic by");
        }
    }

}
