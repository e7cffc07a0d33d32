package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.procedures.InjectionSessionSigned;
import org.tpiclinic.procedures.InjectionSessionSigned.TreatedSite;
import org.tpiclinic.procedures.SessionId;
import org.tpiclinic.procedures.Technique;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.PatientId;

import com.microsoft.playwright.options.AriaRole;

/**
 * The biller's day: a session signed by a clinician (the event published as procedures does) waits for review
 * because it mixes injection and dry needling of one muscle; the biller finds it from the navigation, tries to
 * save a correction without a reason (told beside the field), settles it with a reason, marks it exported, and
 * asks for an export with the dates reversed (told beside the date). Every page passes the axe scan.
 */
class BillingJourneyTest extends BrowserJourney {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aBillerSettlesAClaimWaitingForReviewAndMarksItExported() {
        UUID patient = jdbc.sql("SELECT patient_id FROM user_accounts WHERE username = 'patient1'").query(UUID.class)
                .single();
        String family = jdbc.sql("SELECT family_name FROM patients WHERE id = ?").param(patient).query(String.class)
                .single();
        UUID clinician = jdbc.sql("SELECT id FROM clinicians ORDER BY name LIMIT 1").query(UUID.class).single();
        var trapezius = new BodySite("UPPER_TRAPEZIUS", Side.LEFT);
        var signed = new InjectionSessionSigned(SessionId.of(UUID.randomUUID()), PatientId.of(patient),
                ClinicianId.of(clinician), null, null, LocalDate.now(), Instant.now(),
                List.of(new TreatedSite(trapezius, Technique.INJECTION), new TreatedSite(trapezius,
                        Technique.DRY_NEEDLING)), List.of(), List.of("M79.12"), 6, 3);
        transactions.executeWithoutResult(tx -> events.publishEvent(signed));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM billing_claims WHERE session_id = ?").param(signed.sessionId().value())
                .query(Long.class).single() == 1);

        signIn("billing");
        mainNav().getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Billing").setExact(true))
                .click();
        assertThat(page.getByRole(AriaRole.HEADING, new com.microsoft.playwright.Page.GetByRoleOptions().setName("To review (1)"))).isVisible();
        visited("billing-queue");

        page.locator("a[href='/billing/claims/" + signed.sessionId() + "']").click();
        assertThat(page.getByText("The same muscle was injected and dry-needled")).isVisible();
        assertThat(page.getByText(family).first()).isVisible();
        visited("billing-claim-review");

        page.getByLabel("Procedure codes (CPT), separated by commas").fill("20552");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save correction"))
                .click();
        assertThat(page.getByText("Give the reason for the correction.")).isVisible();
        visited("billing-claim-no-reason");

        page.getByLabel("Reason for the correction").fill("The note documents injection only");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Save correction"))
                .click();
        assertThat(page.getByText("The correction was saved.")).isVisible();
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Mark exported"))
                .click();
        assertThat(page.getByText("The claim is marked exported.")).isVisible();
        visited("billing-claim-exported");

        page.navigate("/billing/export");
        page.getByLabel("First date of service").fill("2026-12-31");
        page.getByLabel("Last date of service").fill("2026-12-01");
        page.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Page.GetByRoleOptions().setName("Download CSV"))
                .click();
        assertThat(page.getByText("The last date is before the first: swap them.")).isVisible();
        visited("billing-export-reversed");
    }
}
