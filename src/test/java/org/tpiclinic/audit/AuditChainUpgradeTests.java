package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/**
 * A database written before V120 (entries chained as they were written) keeps its chain: the upgrade moves the
 * links, the old entries still verify and new ones are chained after them.
 */
@SpringBootTest
@Import(AuditChainUpgradeTests.OldChainFirst.class)
class AuditChainUpgradeTests {

    static final int OLD_ENTRIES = 3;

    @TestConfiguration(proxyBeanMethods = false)
    static class OldChainFirst {

        @Bean
        @Primary
        FlywayMigrationStrategy migrateWithAnOldChain() {
            return flyway -> {
                if (!flyway.getConfiguration().isCleanDisabled()) {
                    flyway.clean();
                }
                Flyway.configure().configuration(flyway.getConfiguration()).target("101").load().migrate();
                writeTheOldWay(JdbcClient.create(flyway.getConfiguration().getDataSource()));
                flyway.migrate();
            };
        }
    }

    static void writeTheOldWay(JdbcClient jdbc) {
        String previous = AuditQueries.GENESIS;
        Instant at = Instant.parse("2026-01-05T10:00:00Z").truncatedTo(ChronoUnit.MICROS);
        for (long seq = 1; seq <= OLD_ENTRIES; seq++) {
            UUID patient = UUID.randomUUID();
            String hash = AuditEntry.hash(seq, at, "frontdesk", "FRONT_DESK", patient, AuditAction.READ, "chart",
                    "system", AuditOutcome.SUCCESS, previous);
            jdbc.sql("""
                    INSERT INTO audit_entries (seq, occurred_at, username, user_role, patient_id, action, target,
                                               client_address, outcome, prev_hash, entry_hash)
                    VALUES (?, ?, 'frontdesk', 'FRONT_DESK', ?, 'READ', 'chart', 'system', 'SUCCESS', ?, ?)""")
                    .params(seq, at.atOffset(ZoneOffset.UTC), patient, previous, hash).update();
            jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(seq, hash)
                    .update();
            previous = hash;
        }
    }

    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theOldChainStillVerifiesAndNewEntriesFollowIt() {
        assertThat(log.verify()).isEmpty();
        log.record(new CurrentUser(UUID.randomUUID(), "clinician", "C", Role.CLINICIAN, null), UUID.randomUUID(),
                AuditAction.READ, "chart");
        assertThat(log.verify()).isEmpty();
        assertThat(jdbc.sql("SELECT chain_seq, entry_seq FROM audit_chain ORDER BY chain_seq")
                .query((rs, n) -> rs.getLong(1) + ":" + rs.getLong(2)).list())
                .containsExactly("1:1", "2:2", "3:3", "4:4");
    }
}
