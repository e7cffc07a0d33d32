package org.tpiclinic.screening.rules;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.tpiclinic.shared.FieldRefused;

/**
 * One version of the clinic's screening rules. Versions are never changed: a change makes the next version,
 * recording who made it, when and why, and screening results name the version they were made with.
 *
 * @param changedRule the rule this version changed; {@code null} for the seeded first version
 */
public record RuleSet(int version, Instant createdAt, String createdBy, RuleId changedRule, String reason,
        Map<RuleId, ScreeningRule> rules) {

    public RuleSet {
        if (!rules.keySet().containsAll(List.of(RuleId.values()))) {
            throw new IllegalStateException("Rule set " + version + " lacks a rule: it has " + rules.keySet());
        }
        rules = Collections.unmodifiableMap(new EnumMap<>(rules));
    }

    public ScreeningRule rule(RuleId id) {
        return rules.get(id);
    }

    public List<ScreeningRule> inOrder() {
        return List.copyOf(rules.values());
    }

    /** The next version, with one rule's severity and threshold changed. */
    public RuleSet change(RuleId id, RuleSeverity severity, Integer threshold, String by, String why, Instant at) {
        if (why == null || why.isBlank()) {
            throw new FieldRefused("reason", "screening.rules.error.reason", "Say why the rule is changed");
        }
        var changed = new EnumMap<>(rules);
        changed.put(id, rule(id).with(severity, threshold));
        return new RuleSet(version + 1, at, by, id, why.trim(), changed);
    }
}
