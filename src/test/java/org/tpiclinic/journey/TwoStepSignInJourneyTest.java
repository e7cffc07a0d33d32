package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tpiclinic.journey.BrowserSupport.screenshot;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tpiclinic.identity.Accounts;
import org.tpiclinic.identity.Role;

/**
 * A clinician sets up two-step sign-in from their account page with an authenticator app (played here by a TOTP
 * computed in the test from the key the page shows), keeps the recovery codes, signs out, and signs in again with
 * their password and a fresh code; a wrong code is explained beside the field.
 */
class TwoStepSignInJourneyTest extends BrowserJourney {

    private static final String USERNAME = "dr.twostep";
    private static final String PASSWORD = "violet lanterns over the harbor";

    @Autowired
    Accounts accounts;

    @Test
    void aClinicianSetsUpTwoStepSignInAndSignsInWithACode() {
        accounts.createStaff(USERNAME, "Dr. Two Step", Role.CLINICIAN, PASSWORD);
        try {
            page.navigate("/login");
            page.getByLabel("Username").fill(USERNAME);
            page.getByLabel("Password").fill("not the password");
            page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.getByRole(AriaRole.MAIN).getByText("That username and password do not match"))
                    .isVisible();
            visited("mfa-00-wrong-password");
            signInWithPassword();
            page.waitForURL(url -> !url.contains("/login"));
            String secret = setUpFromTheAccountPage();
            signOut();
            signInWithPassword();
            assertThat(page).hasURL(Pattern.compile("/login/mfa$"));
            visited("mfa-05-code");
            page.getByLabel("Code").fill("000000".equals(code(secret, 1)) ? "111111" : "000000");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            assertThat(page.locator("#code-error")).containsText("That code is not right");
            visited("mfa-06-wrong-code");
            // The code that set the app up (this step) is spent: the app's next code is the one that works.
            page.getByLabel("Code").fill(code(secret, 1));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue")).click();
            page.waitForURL(url -> !url.contains("/login"));
            assertThat(mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Patients")))
                    .isVisible();
        } catch (AssertionError | RuntimeException failed) {
            screenshot(page, "mfa-failed-here");
            throw failed;
        }
        assertThat(browserErrors).as("browser errors").isEmpty();
    }

    private void signInWithPassword() {
        page.navigate("/login");
        page.getByLabel("Username").fill(USERNAME);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Sign in"))
                .click();
        page.waitForLoadState();
    }

    private String setUpFromTheAccountPage() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("Dr\\. Two Step"))).click();
        assertThat(page).hasURL(Pattern.compile("/account$"));
        visited("mfa-01-account");
        var twoStep = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Two-step sign-in"));
        twoStep.getByLabel("Your current password").fill(PASSWORD);
        twoStep.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Set up two-step sign-in")).click();

        assertThat(page).hasURL(Pattern.compile("/account/mfa/enrol$"));
        visited("mfa-02-enrol");
        String secret = page.locator("#mfa-secret").innerText().replace(" ", "").trim();
        assertThat(page.locator("#mfa-uri")).containsText("otpauth://totp/");
        page.getByLabel("Code").fill(code(secret, 0));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm")).click();

        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        visited("mfa-03-recovery-codes");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("I have kept them")).click();
        assertThat(page.locator("#mfa-status")).containsText("On");
        visited("mfa-04-account-with-mfa");
        return secret;
    }

    private void signOut() {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        page.waitForURL(url -> url.contains("/login"));
    }

    /** What an authenticator app shows (RFC 6238: HMAC-SHA1, 30 s, 6 digits), written apart from the app's code. */
    static String code(String base32Secret, int stepsFromNow) {
        try {
            long step = Instant.now().getEpochSecond() / 30 + stepsFromNow;
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(decode(base32Secret), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int o = h[h.length - 1] & 0xf;
            int bin = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", bin % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] decode(String base32) {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : base32.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}
