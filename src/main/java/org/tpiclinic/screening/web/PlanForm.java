package org.tpiclinic.screening.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.Muscle;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.Side;
import org.tpiclinic.screening.Site;
import org.tpiclinic.screening.review.Decision;
import org.tpiclinic.screening.rules.RuleId;

/**
 * The plan to screen and, when reviewing, the decision with a reason per warning. Bound field by field. Each site
 * is sent as {@code MUSCLE:SIDE} (one select per muscle); a site without a side is refused with a message, never
 * given a side by default.
 */
public class PlanForm {

    public Agent agent;
    public boolean steroid;
    public List<String> sites = new ArrayList<>();
    public Decision decision;
    public Map<String, String> reasons = new HashMap<>();
    public String note;

    public boolean hasPlan() {
        return agent != null && !chosenSites().isEmpty();
    }

    /** The plan; an {@link IllegalArgumentException} says what is wrong with it. */
    PlannedTreatment plan() {
        var parsed = new TreeSet<Site>();
        for (var code : chosenSites()) {
            parsed.add(site(code));
        }
        return new PlannedTreatment(agent, steroid, parsed);
    }

    /** The side chosen for a muscle, if any (to show the form again as it was sent). */
    public Optional<Side> sideOf(Muscle muscle) {
        return chosenSites().stream().filter(c -> c.startsWith(muscle.name() + ":")).findFirst()
                .map(c -> c.substring(muscle.name().length() + 1)).flatMap(PlanForm::side);
    }

    private List<String> chosenSites() {
        return sites == null ? List.of() : sites.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    private static Site site(String code) {
        int colon = code.indexOf(':');
        var muscle = colon < 0 ? null : muscle(code.substring(0, colon));
        var side = colon < 0 ? Optional.<Side>empty() : side(code.substring(colon + 1));
        if (muscle == null || side.isEmpty()) {
            throw new IllegalArgumentException("Choose a side (left, right or both) for each muscle");
        }
        return new Site(muscle, side.get());
    }

    private static Muscle muscle(String name) {
        try {
            return Muscle.valueOf(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static Optional<Side> side(String name) {
        return Side.choices().stream().filter(s -> s.name().equals(name)).findFirst();
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
