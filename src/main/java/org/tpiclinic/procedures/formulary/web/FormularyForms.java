package org.tpiclinic.procedures.formulary.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tpiclinic.shared.PlainText;

/**
 * The admin's three forms on the formulary page, as typed, and how each is read: every field checked, each problem
 * keyed by its field so the page shows it next to that field. Bounds on numbers refuse typing slips, not clinical
 * choices: a limit above them is not a dose anyone gives in a trigger point session.
 */
final class FormularyForms {

    /** mg/kg above this is a slip (lidocaine with epinephrine, the highest label figure, is 7 mg/kg). */
    static final BigDecimal MOST_PER_KILOGRAM = new BigDecimal("20");
    /** An absolute cap above this is a slip (the highest label cap in the reference is 500 mg). */
    static final BigDecimal MOST_MILLIGRAMS = new BigDecimal("5000");
    static final int MOST_DAYS = 3650;
    static final int MOST_SESSIONS = 100;
    static final int SOURCE_MAX = 1000;
    static final int REASON_MAX = 500;

    private FormularyForms() {
    }

    /** An agent's limit: mg/kg and a cap in mg (either may be left empty), its source and the reason. */
    record LimitForm(@Nullable String basedOnVersion, @Nullable String perKilogram, @Nullable String maximum,
            @Nullable String source, @Nullable String reason) {
    }

    /** A policy: on or off, its number, its source and the reason. */
    record PolicyForm(@Nullable String basedOnVersion, @Nullable Boolean enabled, @Nullable String threshold,
            @Nullable String source, @Nullable String reason) {

        public boolean on() {
            return Boolean.TRUE.equals(enabled);
        }
    }

    /** The share (in percent) at which the dose check warns, its source and the reason. */
    record WarningForm(@Nullable String basedOnVersion, @Nullable String percent, @Nullable String source,
            @Nullable String reason) {
    }

    /** Field problems as message keys with arguments, in field order. */
    static final class Problems {

        final Map<String, Object[]> byField = new LinkedHashMap<>();

        void add(String field, String key, Object... arguments) {
            byField.putIfAbsent(field, new Object[] { key, arguments });
        }

        boolean any() {
            return !byField.isEmpty();
        }

        /** A positive decimal with at most {@code scale} decimals and at most {@code most}; null when empty. */
        @Nullable
        BigDecimal amount(String field, @Nullable String text, int scale, BigDecimal most) {
            if (text == null || text.isBlank()) {
                return null;
            }
            BigDecimal value;
            try {
                value = new BigDecimal(text.strip());
            } catch (NumberFormatException notANumber) {
                add(field, "formulary.error.number");
                return null;
            }
            if (value.signum() <= 0) {
                add(field, "formulary.error.positive");
            } else if (value.compareTo(most) > 0) {
                add(field, "formulary.error.tooHigh", most.toPlainString());
            } else if (value.stripTrailingZeros().scale() > scale) {
                add(field, "formulary.error.decimals", scale);
            }
            return byField.containsKey(field) ? null : value;
        }

        /** A whole number from 1 to {@code most}; null when empty or wrong. */
        @Nullable
        Integer whole(String field, @Nullable String text, int most) {
            if (text == null || text.isBlank()) {
                add(field, "formulary.error.required");
                return null;
            }
            try {
                int value = Integer.parseInt(text.strip());
                if (value < 1 || value > most) {
                    add(field, "formulary.error.range", 1, most);
                    return null;
                }
                return value;
            } catch (NumberFormatException notANumber) {
                add(field, "formulary.error.whole");
                return null;
            }
        }

        /** Required plain text of at most {@code max} characters, stripped. */
        @Nullable
        String text(String field, @Nullable String text, int max) {
            if (text == null || text.isBlank()) {
                add(field, "formulary.error.required");
                return null;
            }
            if (text.length() > max) {
                add(field, "formulary.error.tooLong", max);
                return null;
            }
            if (!PlainText.Check.isPlain(text)) {
                add(field, "input.plainText");
                return null;
            }
            return text.strip();
        }

        /** The version the form was filled against; a missing or broken one is a problem of the whole form. */
        int version(@Nullable String text) {
            try {
                int version = text == null ? 0 : Integer.parseInt(text.strip());
                if (version >= 1) {
                    return version;
                }
            } catch (NumberFormatException notANumber) {
                // reported below
            }
            add("form", "formulary.error.version");
            return 0;
        }
    }
}
