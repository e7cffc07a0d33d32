package org.tpiclinic.procedures.dose;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The facts of one earlier signed session of the patient that the clinic policies need.
 *
 * @param date             the local date it was performed on
 * @param sites            every site treated (injected or needled)
 * @param steroidGiven     whether any agent given was a steroid
 * @param reliefDocumented whether the relief that session gave is documented (a follow-up score, a check-in)
 */
public record PriorSession(LocalDate date, List<PolicySite> sites, boolean steroidGiven, boolean reliefDocumented) {

    public PriorSession {
        Objects.requireNonNull(date, "date");
        sites = List.copyOf(sites);
    }
}
