package org.tpiclinic.screening.web;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.Muscle;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.review.Decision;
import org.tpiclinic.screening.rules.RuleId;

/** The plan to screen and, when reviewing, the decision with a reason per warning. Bound field by field. */
public class PlanForm {

    public Agent agent;
    public boolean steroid;
    public List<Muscle> sites = new ArrayList<>();
    public Decision decision;
    public Map<String, String> reasons = new HashMap<>();
    public String note;

    public boolean hasPlan() {
        return agent != null && sites != null && !sites.isEmpty();
    }

    PlannedTreatment plan() {
        return new PlannedTreatment(agent, steroid, java.util.EnumSet.copyOf(sites));
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
                + sites.stream().map(s -> "sites=" + s).collect(Collectors.joining("&"));
    }
}
