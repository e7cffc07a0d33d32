package org.tpiclinic.assessment;

/**
 * One zone as typed or clicked into a drawing form, before it is checked: the raw values, so that every
 * problem can be reported beside its field.
 *
 * @param intensity 0–10, or {@code null} if left empty
 * @param quality a {@link PainQuality} name, or empty
 */
public record MarkEntry(String zone, Integer intensity, String quality) {

    public boolean blank() {
        return (zone == null || zone.isBlank()) && intensity == null && (quality == null || quality.isBlank());
    }
}
