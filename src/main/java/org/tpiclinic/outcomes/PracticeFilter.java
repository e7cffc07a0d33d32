package org.tpiclinic.outcomes;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Which sessions /outcomes counts; every part optional. {@code technique}: INJECTATE (any injected point) or
 * DRY_NEEDLING (needling alone); {@code steroid}: true for sessions with a corticosteroid, false without.
 * {@code from} and {@code to} bound the session date, inclusive.
 */
public record PracticeFilter(String region, String muscle, String technique, Boolean steroid, UUID clinician,
        UUID location, LocalDate from, LocalDate to) {

    public static PracticeFilter none() {
        return new PracticeFilter(null, null, null, null, null, null, null, null);
    }

    /** Plain words for the audit log. */
    public String describe() {
        var words = new StringBuilder();
        append(words, "region", region);
        append(words, "muscle", muscle);
        append(words, "technique", technique);
        append(words, "steroid", steroid);
        append(words, "clinician", clinician);
        append(words, "location", location);
        append(words, "from", from);
        append(words, "to", to);
        return words.isEmpty() ? "all sessions" : words.toString().trim();
    }

    private static void append(StringBuilder words, String name, Object value) {
        if (value != null) {
            words.append(name).append('=').append(value).append(' ');
        }
    }
}
