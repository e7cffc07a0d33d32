package org.tpiclinic.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Layout slips found by walking the product as each role on a 1280 px desk screen: a page whose content starts
 * at the window's edge while the header starts in the centred column, and a select cut to its first letters.
 */
class LayoutJourneyTest extends BrowserJourney {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({ "clinician, /aftercare/worklist", "frontdesk, /aftercare/worklist", "frontdesk, /schedule/waitlist",
            "clinician, /patients", "billing, /billing", "billing, /billing/export" })
    void thePageHeadingLinesUpWithTheHeader(String user, String path) {
        signIn(user);
        page.setViewportSize(1280, 900);
        page.navigate(path);
        double brand = mainNav().locator(".navbar-brand").boundingBox().x;
        double heading = page.getByRole(AriaRole.MAIN).locator("h1").first().boundingBox().x;
        assertThat(Math.abs(heading - brand)).as("the heading of " + path + " starts where the header does")
                .isLessThan(2.0);
    }

    @Test
    void eachAccountsRoleReadsInFullInTheUsersTable() {
        signIn("admin");
        page.setViewportSize(1280, 900);
        page.navigate("/admin/users");
        var selects = page.locator("table select[name=role]").all();
        assertThat(selects).as("the role selects of the staff accounts").isNotEmpty();
        for (var select : selects) {
            String shown = (String) select.evaluate("s => s.options[s.selectedIndex].text");
            double textWidth = ((Number) select.evaluate("s => { const c = document.createElement('canvas').getContext('2d'); "
                    + "c.font = getComputedStyle(s).font; return c.measureText(s.options[s.selectedIndex].text).width; }"))
                    .doubleValue();
            double room = ((Number) select.evaluate("s => { const st = getComputedStyle(s); return s.clientWidth "
                    + "- parseFloat(st.paddingLeft) - parseFloat(st.paddingRight); }")).doubleValue();
            assertThat(textWidth).as("room for \"" + shown + "\"").isLessThanOrEqualTo(room);
        }
        visited("layout-admin-users");
    }
}
