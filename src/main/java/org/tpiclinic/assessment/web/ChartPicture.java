package org.tpiclinic.assessment.web;

import java.util.List;

import org.tpiclinic.assessment.BodyZone;
import org.tpiclinic.assessment.ChartView;

/**
 * What the body-chart fragment ({@code templates/assessment/chart.html}) draws: each view with its zones, each zone
 * in a state shown by pattern, outline and text (never colour alone), and markers for trigger-point findings.
 *
 * @param id unique on the page (ids of patterns and lists derive from it)
 * @param mode {@code show} (read only), {@code mark} (toggles zones of a drawing form) or {@code place} (sets a
 *        finding's position)
 */
public record ChartPicture(String id, String mode, List<View> views, List<Legend> legend) {

    /** One drawing of the chart. */
    public record View(ChartView view, String label, List<Zone> zones, List<Marker> markers) {
        public String viewBox() {
            return "0 0 " + view.width() + " " + view.height();
        }

        public boolean head() {
            return view == ChartView.HEAD;
        }
    }

    /**
     * A zone and how it is shown.
     *
     * @param state {@code none}, {@code marked}, {@code trigger}, {@code primary} or {@code spillover}
     * @param text a short text drawn in the zone (the intensity, or a letter for the state), or {@code null}
     * @param label what a screen reader announces: the zone's name and its state
     */
    public record Zone(BodyZone zone, String state, String text, String label) {
        public boolean selected() {
            return !"none".equals(state);
        }
    }

    /** A trigger point placed on the chart. */
    public record Marker(double x, double y, String label, boolean active) {
    }

    /** One entry of the legend: a state and its words. */
    public record Legend(String state, String words) {
    }
}
