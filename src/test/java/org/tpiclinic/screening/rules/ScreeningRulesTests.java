package org.tpiclinic.screening.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.FieldRefused;
import org.tpiclinic.shared.ForbiddenException;

/** The seeded rule set and admin changes, against a real database (PostgreSQL in the twin). */
@SpringBootTest
@DirtiesContext
class ScreeningRulesTests {

    static final CurrentUser ADMIN = new CurrentUser(UUID.randomUUID(), "admin", "Admin", Role.ADMIN, null);
    static final CurrentUser CLINICIAN = new CurrentUser(UUID.randomUUID(), "clin", "Clin", Role.CLINICIAN, null);

    @Autowired
    ScreeningRules rules;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theMigrationSeedsEveryRuleWithItsSourceAndTheDefaultSeverities() {
        var seeded = rules.current();
        var expected = Fixtures.defaults();
        assertThat(seeded.rules().keySet()).containsExactly(RuleId.values());
        for (var id : RuleId.values()) {
            assertThat(seeded.rule(id).severity()).as(id.name()).isEqualTo(expected.rule(id).severity());
            assertThat(seeded.rule(id).threshold()).as(id.name()).isEqualTo(expected.rule(id).threshold());
            assertThat(seeded.rule(id).source()).as(id.name()).isNotBlank();
            assertThat(seeded.rule(id).explanation()).as(id.name()).isNotBlank();
        }
    }

    @Test
    void anAdminChangeMakesANewVersionWithWhoWhenAndWhyAndIsAudited() {
        var before = rules.current();
        var after = rules.change(ADMIN, before.version(), RuleId.WEIGHT_CURRENT, RuleSeverity.HARD_STOP, 60,
                "Dose check needs a fresh weight");
        assertThat(rules.current().version()).isEqualTo(before.version() + 1);
        assertThat(rules.current().rule(RuleId.WEIGHT_CURRENT).threshold()).isEqualTo(60);
        assertThat(rules.current().rule(RuleId.WEIGHT_CURRENT).severity()).isEqualTo(RuleSeverity.HARD_STOP);
        assertThat(rules.history().get(0)).satisfies(h -> {
            assertThat(h.by()).isEqualTo("admin");
            assertThat(h.reason()).isEqualTo("Dose check needs a fresh weight");
            assertThat(h.changedRule()).isEqualTo("WEIGHT_CURRENT");
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target LIKE 'screening rule WEIGHT_CURRENT%'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1);
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void onlyAnAdminChangesRules() {
        var v = rules.current().version();
        assertThatThrownBy(() -> rules.change(CLINICIAN, v, RuleId.PREGNANCY, RuleSeverity.INFORMATION, null,
                "no")).isInstanceOf(ForbiddenException.class);
        assertThat(rules.current().version()).isEqualTo(v);
    }

    @Test
    void aChangeBasedOnAnOldVersionIsAConflictAndBadInputChangesNothing() {
        var v = rules.current().version();
        rules.change(ADMIN, v, RuleId.PREGNANCY, RuleSeverity.WARNING, null, "confirm");
        assertThatThrownBy(() -> rules.change(ADMIN, v, RuleId.PREGNANCY, RuleSeverity.HARD_STOP, null, "late"))
                .isInstanceOf(ConflictException.class);
        int now = rules.current().version();
        assertThatThrownBy(() -> rules.change(ADMIN, now, RuleId.CONSERVATIVE_CARE, RuleSeverity.WARNING, 0, "zero"))
                .isInstanceOfSatisfying(FieldRefused.class, refused -> assertThat(refused.messageKey())
                        .isEqualTo("screening.rules.error.threshold.weeks"));
        assertThatThrownBy(() -> rules.change(ADMIN, now, RuleId.CONSERVATIVE_CARE, RuleSeverity.WARNING, 6, ""))
                .isInstanceOfSatisfying(FieldRefused.class, refused -> assertThat(refused.field()).isEqualTo("reason"));
        assertThat(rules.current().version()).isEqualTo(now);
    }
}
