package org.tpiclinic.screening.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.tpiclinic.screening.PlannedTreatment;

/**
 * One version of the informed-consent text. Never changed once written: an edit adds the next version. The risk
 * part depends on the plan: the lung paragraph only when a planned muscle lies near the thorax, the steroid
 * paragraph only when a steroid is added.
 */
public record ConsentTemplate(int version, Instant createdAt, String createdBy, String reason, String procedureText,
        String agentsText, String benefitsText, String alternativesText, String risksText, String thoraxRiskText,
        String steroidRiskText, String refusalText) {

    /** A part of the text a patient reads; {@code heading} is a message key. */
    public record Part(String heading, String text) {
    }

    /** The text shown to (and signed by) a patient for this plan. */
    public List<Part> render(PlannedTreatment plan) {
        var parts = new ArrayList<Part>();
        parts.add(new Part("consent.part.procedure", procedureText));
        parts.add(new Part("consent.part.agents", agentsText));
        parts.add(new Part("consent.part.benefits", benefitsText));
        parts.add(new Part("consent.part.alternatives", alternativesText));
        parts.add(new Part("consent.part.risks", risksText));
        if (plan.anyNearThorax()) {
            parts.add(new Part("consent.part.thorax", thoraxRiskText));
        }
        if (plan.steroid()) {
            parts.add(new Part("consent.part.steroid", steroidRiskText));
        }
        parts.add(new Part("consent.part.refusal", refusalText));
        return List.copyOf(parts);
    }
}
