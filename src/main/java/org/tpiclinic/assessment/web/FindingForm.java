package org.tpiclinic.assessment.web;

import java.util.Map;

import org.tpiclinic.assessment.FindingEntry;

/** A trigger-point finding as posted (see {@link FindingEntry}); position as typed. */
record FindingForm(String visitDate, String muscle, String side, String view, String x, String y, boolean active,
        boolean tautBand, boolean twitchResponse, boolean jumpSign, boolean reproducesPain, String note) {

    static FindingForm start(String visitDate, String muscle, String side, String view, double x, double y) {
        return new FindingForm(visitDate, muscle, side, view, String.valueOf(Math.round(x)),
                String.valueOf(Math.round(y)), true, false, false, false, false, "");
    }

    static FindingForm parse(Map<String, String> p) {
        return new FindingForm(p.getOrDefault("visitDate", ""), p.get("muscle"), p.get("side"), p.get("view"),
                p.get("x"), p.get("y"), "true".equals(p.get("active")), p.containsKey("tautBand"),
                p.containsKey("twitchResponse"), p.containsKey("jumpSign"), p.containsKey("reproducesPain"),
                p.getOrDefault("note", ""));
    }

    FindingEntry entry() {
        return new FindingEntry(muscle, side, view, number(x), number(y), active, tautBand, twitchResponse, jumpSign,
                reproducesPain, note);
    }

    boolean positionTyped() {
        return (x == null || x.isBlank() || number(x) != null) && (y == null || y.isBlank() || number(y) != null);
    }

    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
