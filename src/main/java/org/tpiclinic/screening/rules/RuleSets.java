package org.tpiclinic.screening.rules;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.tpiclinic.shared.ConflictException;

/** Storage of rule-set versions: each version a full copy of the rules, never updated. */
@Repository
public class RuleSets {

    private final JdbcClient jdbc;

    RuleSets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public RuleSet current() {
        int latest = jdbc.sql("SELECT MAX(version) FROM screening_rule_sets").query(Integer.class).single();
        return version(latest).orElseThrow();
    }

    public Optional<RuleSet> version(int version) {
        var header = jdbc.sql("SELECT * FROM screening_rule_sets WHERE version = ?").param(version)
                .query((rs, n) -> new Object[] { rs.getObject("created_at", OffsetDateTime.class),
                        rs.getString("created_by"), rs.getString("changed_rule"), rs.getString("reason") })
                .optional();
        if (header.isEmpty()) {
            return Optional.empty();
        }
        var rules = new EnumMap<RuleId, ScreeningRule>(RuleId.class);
        jdbc.sql("SELECT * FROM screening_rules WHERE rule_set_version = ? ORDER BY position").param(version)
                .query((rs, n) -> new ScreeningRule(RuleId.valueOf(rs.getString("rule_id")),
                        RuleSeverity.valueOf(rs.getString("severity")), (Integer) rs.getObject("threshold"),
                        rs.getString("explanation"), rs.getString("source")))
                .list().forEach(rule -> rules.put(rule.id(), rule));
        var h = header.get();
        String changed = (String) h[2];
        return Optional.of(new RuleSet(version, ((OffsetDateTime) h[0]).toInstant(), (String) h[1],
                changed == null ? null : RuleId.valueOf(changed), (String) h[3], rules));
    }

    /** Every version, newest first, without their rules: the change history. */
    public List<RuleSetChange> history() {
        return jdbc.sql("SELECT * FROM screening_rule_sets ORDER BY version DESC")
                .query((rs, n) -> new RuleSetChange(rs.getInt("version"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        rs.getString("created_by"), rs.getString("changed_rule"), rs.getString("reason")))
                .list();
    }

    /** Stores a new version; refuses it when another change took the same version number first. */
    public void add(RuleSet set) {
        try {
            jdbc.sql("INSERT INTO screening_rule_sets (version, created_at, created_by, changed_rule, reason) "
                    + "VALUES (?, ?, ?, ?, ?)")
                    .params(set.version(), set.createdAt().atOffset(ZoneOffset.UTC), set.createdBy(),
                            set.changedRule() == null ? null : set.changedRule().name(), set.reason())
                    .update();
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("Someone else changed the rules at the same moment. Reload and try again.");
        }
        int position = 1;
        for (var rule : set.inOrder()) {
            jdbc.sql("INSERT INTO screening_rules (rule_set_version, rule_id, position, severity, threshold, "
                    + "explanation, source) VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(set.version(), rule.id().name(), position++, rule.severity().name(), rule.threshold(),
                            rule.explanation(), rule.source())
                    .update();
        }
    }

    /** One line of the rule change history. */
    public record RuleSetChange(int version, Instant at, String by, String changedRule, String reason) {
    }
}
