package org.tpiclinic.procedures.dose;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The session being documented, as the clinic policies see it.
 *
 * @param date         its local date
 * @param sites        the sites documented so far
 * @param steroidGiven whether a steroid is among its agents
 */
public record PlannedSession(LocalDate date, List<PolicySite> sites, boolean steroidGiven) {

    public PlannedSession {
        Objects.requireNonNull(date, "date");
        sites = List.copyOf(sites);
    }
}
