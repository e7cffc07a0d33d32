package org.tpiclinic.assessment;

/**
 * A trigger-point finding as entered, before it is checked (see {@link TriggerPointFinding} for the meaning).
 *
 * @param muscle an atlas muscle code; {@code side} and {@code view} are enum names; {@code x}, {@code y} in chart
 *        units of the view
 */
public record FindingEntry(String muscle, String side, String view, Double x, Double y, boolean active,
        boolean tautBand, boolean twitchResponse, boolean jumpSign, boolean reproducesPain, String note) {
}
