package org.tpiclinic.assessment;

/**
 * One named place on the body chart.
 *
 * @param code stable code used everywhere data refers to this place ({@code TEMPLE_L}, {@code STERNUM})
 * @param base the place without its side ({@code TEMPLE})
 * @param side the patient's side, or {@code null} for a midline zone
 * @param x left edge in chart units of its {@link ChartView}; {@code y}, {@code width}, {@code height} likewise
 */
public record BodyZone(String code, String base, String name, Side side, ChartView view, int x, int y, int width,
        int height) {

    /** The name a person reads and a screen reader announces: "Temple, left". */
    public String label() {
        return side == null ? name : name + ", " + side.word();
    }

    /** The centre of the zone, where a marker for it is drawn. */
    public double centreX() {
        return x + width / 2.0;
    }

    public double centreY() {
        return y + height / 2.0;
    }
}
