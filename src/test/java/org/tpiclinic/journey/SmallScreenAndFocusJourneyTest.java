package org.tpiclinic.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;

/**
 * Issue 9's small items: the patient chart header reflows on a 390 px wide phone (nothing in it runs off the
 * side; the tables further down the chart are another matter), and keyboard focus is visible on the dark
 * navigation bar and on radio buttons.
 */
class SmallScreenAndFocusJourneyTest extends BrowserJourney {

    @Test
    void theChartHeaderFitsA390PixelWideScreen() {
        // The demo patient with the most allergy badges, the widest header there is.
        var patientId = jdbc.sql("SELECT patient_id FROM allergies GROUP BY patient_id ORDER BY COUNT(*) DESC, "
                + "patient_id LIMIT 1").query(UUID.class).single();
        signIn("clinician");
        page.setViewportSize(390, 844);
        page.navigate("/patients/" + patientId);
        visited("chart-header-390px");

        var header = page.locator(".chart-header");
        for (var element : header.locator(".badge, .btn, h1, p").all()) {
            var box = element.boundingBox();
            assertThat(box.x + box.width).as(element.textContent()).isLessThanOrEqualTo(390.5);
        }
    }

    @Test
    void focusIsVisibleOnTheDarkNavigationBar() {
        signIn("frontdesk");
        String outline = null;
        for (int i = 0; i < 12 && outline == null; i++) {
            page.keyboard().press("Tab");
            outline = (String) page.evaluate("() => { const e = document.activeElement; "
                    + "if (!e.closest('.site-header .navbar')) return null; const s = getComputedStyle(e); "
                    + "return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.outlineColor; }");
        }
        assertThat(outline).as("focus outline of a navigation link").isEqualTo("solid 3px rgb(255, 255, 255)");
    }

    @Test
    void focusIsVisibleOnRadioButtons() {
        page.navigate("/book");
        // A Tuesday two weeks out: the demo clinician works in Scottsdale on Tuesdays.
        var tuesday = LocalDate.now(ZoneId.of("America/Phoenix")).plusWeeks(2)
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        page.getByLabel("Location").selectOption(new SelectOption().setLabel("Blue Point - Scottsdale"));
        page.getByLabel("Kind of appointment").selectOption(new SelectOption().setLabel("New-patient consultation"));
        page.getByLabel("From").fill(tuesday.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show free times")).click();
        var radio = page.locator("input[type=radio]").first();
        radio.scrollIntoViewIfNeeded();
        page.keyboard().press("Tab");
        radio.focus();
        var style = (String) page.evaluate("() => { const s = getComputedStyle(document.activeElement); "
                + "return s.boxShadow + ' | ' + s.outlineStyle; }");
        assertThat(style).as("focus ring of a radio").contains("rgba(11, 79, 121");
        visited("radio-focus");
    }
}
