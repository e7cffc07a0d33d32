package org.tpiclinic.outcomes;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed session as outcomes keeps it (from {@code InjectionSessionSigned}).
 *
 * @param agents the agents given, as one line ("Lidocaine 1 % plain 4 mL"); empty for dry needling alone
 * @param sites  body-site codes ({@code UPPER_TRAPEZIUS_L})
 */
public record SessionFacts(UUID id, LocalDate on, UUID clinician, UUID location, boolean injectate,
        boolean dryNeedling, boolean steroid, String agents, List<String> sites) {
}
