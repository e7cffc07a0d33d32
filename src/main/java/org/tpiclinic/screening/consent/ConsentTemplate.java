package org.tpiclinic.screening.consent;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import java.util.function.Predicate;
import java.util.stream.Stream;

import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
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

    /**
     * The text shown to (and signed by) a patient for this plan.
     *
     * @param nearThorax whether a site lies near the thorax (the atlas's data: {@code Atlas::nearThorax}); a muscle
     *                   whose side was not recorded is judged on both sides
     */
    public List<Part> render(PlannedTreatment plan, Predicate<BodySite> nearThorax) {
        var parts = new ArrayList<Part>();
        parts.add(new Part("consent.part.procedure", procedureText));
        parts.add(new Part("consent.part.agents", agentsText));
        parts.add(new Part("consent.part.benefits", benefitsText));
        parts.add(new Part("consent.part.alternatives", alternativesText));
        parts.add(new Part("consent.part.risks", risksText));
        if (anyNearThorax(plan, nearThorax)) {
            parts.add(new Part("consent.part.thorax", thoraxRiskText));
        }
        if (plan.steroid()) {
            parts.add(new Part("consent.part.steroid", steroidRiskText));
        }
        parts.add(new Part("consent.part.refusal", refusalText));
        return List.copyOf(parts);
    }

    private static boolean anyNearThorax(PlannedTreatment plan, Predicate<BodySite> nearThorax) {
        var unsided = plan.unsidedMuscles().stream()
                .flatMap(m -> Stream.of(new BodySite(m, Side.LEFT), new BodySite(m, Side.RIGHT)));
        return Stream.concat(plan.sites().stream(), unsided).anyMatch(nearThorax);
    }
}
