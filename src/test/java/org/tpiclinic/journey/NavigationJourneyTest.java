package org.tpiclinic.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The main navigation as each staff role meets it, found by walking the product on a desk screen (1280 × 900)
 * and a tablet (820 × 1180): the bar keeps to one row on the desk, nothing runs off the side of the tablet
 * (the bar folds into its menu button there), and the clinical pages sit in one "Clinical" menu that opens,
 * moves and closes from the keyboard.
 */
class NavigationJourneyTest extends BrowserJourney {

    private static final Locator.GetByRoleOptions CLINICAL = new Locator.GetByRoleOptions().setName("Clinical");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "frontdesk", "clinician", "billing", "admin", "patient1" })
    void theBarIsOneRowOnADeskAndNothingRunsOffATablet(String user) {
        signIn(user);
        page.setViewportSize(1280, 900);
        page.navigate("/start");
        List<Double> tops = mainNav().locator(".navbar-nav > .nav-item").all().stream()
                .map(item -> item.boundingBox().y).distinct().toList();
        assertThat(tops).as("rows of the navigation bar for " + user).hasSize(1);
        visited("nav-desk-" + user);

        page.setViewportSize(820, 1180);
        page.reload();
        assertThat((Boolean) page.evaluate(
                "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the page fits an 820 px tablet for " + user).isTrue();
        mainNav().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open the menu")).click();
        assertThat(mainNav().locator("#main-nav")).isVisible();
        assertThat((Boolean) page.evaluate(
                "document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("the open menu fits an 820 px tablet for " + user).isTrue();
        visited("nav-tablet-" + user);
    }

    @Test
    void theClinicalMenuWorksFromTheKeyboard() {
        signIn("clinician");
        page.setViewportSize(1280, 900);
        Locator toggle = mainNav().getByRole(AriaRole.BUTTON, CLINICAL);
        toggle.focus();
        page.keyboard().press("Enter");
        assertThat(toggle).hasAttribute("aria-expanded", "true");
        Locator followUps = mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Follow-up list"));
        assertThat(followUps).isVisible();
        visited("nav-clinical-open");

        page.keyboard().press("ArrowDown");
        assertThat(followUps).isFocused();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("ArrowDown");
        Locator atlas = mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Atlas"));
        assertThat(atlas).isFocused();
        page.keyboard().press("Escape");
        assertThat(toggle).hasAttribute("aria-expanded", "false");
        assertThat(atlas).isHidden();
        assertThat(toggle).isFocused();

        page.keyboard().press("Enter");
        page.keyboard().press("ArrowUp");
        page.keyboard().press("Enter");
        assertThat(page).hasURL(Pattern.compile("/atlas$"));
        assertThat(browserErrors).as("browser errors").isEmpty();
    }

    @Test
    void anAdminReachesEverySetUpPageFromTheAdminMenu() {
        signIn("admin");
        page.setViewportSize(1280, 900);
        mainNav().getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Admin")).click();
        for (String name : List.of("Users", "Locations", "Scheduling setup", "Appointment types", "Formulary",
                "Screening rules", "Consent text", "Aftercare texts", "Audit log", "Outbox")) {
            assertThat(mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name)
                    .setExact(true))).isVisible();
        }
        visited("nav-admin-open");
        mainNav().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Consent text")).click();
        assertThat(page).hasURL(Pattern.compile("/admin/consent-templates$"));
        assertThat(browserErrors).as("browser errors").isEmpty();
    }
}
