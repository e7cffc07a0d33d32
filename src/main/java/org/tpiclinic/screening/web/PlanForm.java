package org.tpiclinic.screening.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.tpiclinic.assessment.Atlas;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.review.Decision;
import org.tpiclinic.screening.rules.RuleId;

/**
 * The plan to screen and, when reviewing, the decision with a reason per warning. Bound field by field. Each site
 * is sent as {@code MUSCLE:SIDE} with a muscle code of the atlas and {@code LEFT}, {@code RIGHT} or {@code BOTH}
 * (one select per muscle); a muscle the atlas does not have, or a site without a side, is refused with a message
 * beside the sites, never given a side by default.
 */
public class PlanForm {

    /** The sides a clinician chooses from for one muscle. */
    public enum Choice {
        LEFT, RIGHT, BOTH
    }

    public Agent agent;
    public boolean steroid;
    public List<String> sites = new ArrayList<>();
    public Decision decision;
    public Map<String, String> reasons = new HashMap<>();
    public String note;

    public boolean hasPlan() {
        return agent != null && !chosenSites().isEmpty();
    }

    /** The plan; a {@link PlanRefused} names the field that is wrong and says why. */
    PlannedTreatment plan(Atlas atlas) {
        var parsed = new HashSet<BodySite>();
        for (var code : chosenSites()) {
            parsed.addAll(sites(code, atlas));
        }
        return new PlannedTreatment(agent, steroid, parsed);
    }

    /** The side chosen for a muscle, if any (to show the form again as it was sent). */
    public Optional<Choice> sideOf(String muscle) {
        return chosenSites().stream().filter(c -> c.startsWith(muscle + ":")).findFirst()
                .map(c -> c.substring(muscle.length() + 1)).flatMap(PlanForm::choice);
    }

    private List<String> chosenSites() {
        return sites == null ? List.of() : sites.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    private static Set<BodySite> sites(String code, Atlas atlas) {
        int colon = code.indexOf(':');
        String muscle = colon < 0 ? code : code.substring(0, colon);
        if (atlas.muscle(muscle).isEmpty()) {
            throw new PlanRefused("screening.plan.error.muscle", "Choose muscles from the list: one of them is not "
                    + "a muscle of the atlas");
        }
        var side = colon < 0 ? Optional.<Choice>empty() : choice(code.substring(colon + 1));
        if (side.isEmpty()) {
            throw new PlanRefused("screening.plan.error.side", "Choose a side (left, right or both) for each muscle");
        }
        return switch (side.get()) {
            case LEFT -> Set.of(new BodySite(muscle, Side.LEFT));
            case RIGHT -> Set.of(new BodySite(muscle, Side.RIGHT));
            case BOTH -> PlannedTreatment.bothSides(muscle);
        };
    }

    private static Optional<Choice> choice(String name) {
        return Arrays.stream(Choice.values()).filter(s -> s.name().equals(name)).findFirst();
    }

    /** A site the atlas does not know, or without a side: {@code messageKey} says which, for the sites field. */
    static class PlanRefused extends IllegalArgumentException {
        final String messageKey;

        PlanRefused(String messageKey, String message) {
            super(message);
            this.messageKey = messageKey;
        }
    }

    Map<RuleId, String> reasonsByRule() {
        var byRule = new EnumMap<RuleId, String>(RuleId.class);
        reasons.forEach((rule, reason) -> {
            try {
                byRule.put(RuleId.valueOf(rule), reason);
            } catch (IllegalArgumentException unknownRule) {
                // a reason for a rule that does not exist is ignored, not an error
            }
        });
        return byRule;
    }

    String query() {
        return "agent=" + agent + "&steroid=" + steroid + "&"
                + chosenSites().stream().map(s -> "sites=" + s).collect(Collectors.joining("&"));
    }
}
