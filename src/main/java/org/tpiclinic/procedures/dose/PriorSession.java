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
 * @param reliefEvidence   in words, what was found about that relief (shown in the warning); empty when unknown
 */
public record PriorSession(LocalDate date, List<PolicySite> sites, boolean steroidGiven, boolean reliefDocumented,
        String reliefEvidence) {

    public PriorSession {
        Objects.requireNonNull(date, "date");
        sites = List.copyOf(sites);
        reliefEvidence = reliefEvidence == null ? "" : reliefEvidence;
    }

    /** A prior session whose relief is known without words for it. */
    public PriorSession(LocalDate date, List<PolicySite> sites, boolean steroidGiven, boolean reliefDocumented) {
        this(date, sites, steroidGiven, reliefDocumented, "");
    }
}
