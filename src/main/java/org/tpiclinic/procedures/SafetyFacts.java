package org.tpiclinic.procedures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What the other modules say about a session at the moment it is checked: asked fresh before signing (and for the
 * live view), never trusted from the form.
 *
 * @param weightKg            the patient's weight on record, or null
 * @param weightCurrent       whether that weight was measured within the clinic's limit
 * @param screeningReviewId   the clinician review that clears the plan, or null when no valid eligible one
 * @param consentId           a signed, valid consent of the patient, or null
 * @param unconsentedSites    sites (code, with the agent) that no valid consent covers
 * @param dose                the dose report for this session's volumes
 * @param agents              each agent's total, for the signed event
 * @param policyNotices       clinic-policy warnings for this session, each needing an override reason to sign
 */
public record SafetyFacts(int formularyVersion, @Nullable BigDecimal weightKg, @Nullable LocalDate weightMeasuredOn,
        boolean weightCurrent, int weightValidDays, @Nullable UUID screeningReviewId, @Nullable UUID consentId,
        Set<String> unconsentedSites, DoseCheck.DoseReport dose, List<InjectionSessionSigned.AgentGiven> agents,
        List<DoseCheck.DoseNotice> policyNotices) {

    public SafetyFacts {
        unconsentedSites = Set.copyOf(unconsentedSites);
        agents = List.copyOf(agents);
        policyNotices = List.copyOf(policyNotices);
    }

    /** Whether the needle may go in at all: an eligible screening, a consent, and a current weight. */
    public boolean readyForSites() {
        return screeningReviewId != null && consentId != null && weightKg != null && weightCurrent;
    }

    /** The reasons the patient is not ready for the first site, in words a clinician can act on. */
    public List<String> notReadyReasons() {
        var reasons = new java.util.ArrayList<String>();
        if (screeningReviewId == null) {
            reasons.add("There is no valid eligible screening review for this patient's plan: review the screening.");
        }
        if (consentId == null) {
            reasons.add("There is no valid signed consent for this patient's plan.");
        }
        if (weightKg == null) {
            reasons.add("The patient's weight is not recorded: weigh the patient and record it on the chart.");
        } else if (!weightCurrent) {
            reasons.add("The weight on record (" + weightMeasuredOn + ") is older than " + weightValidDays
                    + " days: weigh the patient again and record it on the chart.");
        }
        return reasons;
    }
}
