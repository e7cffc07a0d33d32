package org.tpiclinic.screening.rules;

import java.util.List;

/** What a check saw, before the rule's configured severity turns it into an {@link Outcome}. */
record Finding(Kind kind, String variant, List<String> args) {

    enum Kind { CLEAR, FOUND, UNANSWERED }

    static Finding clear(String variant, String... args) {
        return new Finding(Kind.CLEAR, variant, List.of(args));
    }

    static Finding found(String variant, String... args) {
        return new Finding(Kind.FOUND, variant, List.of(args));
    }

    static Finding unanswered() {
        return new Finding(Kind.UNANSWERED, "unanswered", List.of());
    }

    /** The patient answered "not sure": unknown like an unanswered question, but the clinician checks rather than asks. */
    static Finding unsure() {
        return new Finding(Kind.UNANSWERED, "unsure", List.of());
    }

    /** Not known yet in another way (a substance nobody has classified): treated like an unanswered question. */
    static Finding unknown(String variant, String... args) {
        return new Finding(Kind.UNANSWERED, variant, List.of(args));
    }
}
