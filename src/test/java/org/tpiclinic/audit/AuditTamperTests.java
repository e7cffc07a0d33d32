package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/**
 * Tampering behind the application's back (H2 has no trigger to stop it; on PostgreSQL, in
 * {@link AuditTamperPostgresTests}, the table owner switches the triggers off) is found by the chain check, at the
 * first broken position.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditTamperTests {

    static final CurrentUser DESK = new CurrentUser(UUID.randomUUID(), "frontdesk", "F", Role.FRONT_DESK, null);

    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void fiveChainedEntries() {
        for (int i = 0; i < 5; i++) {
            log.record(DESK, UUID.randomUUID(), AuditAction.READ, "chart " + i);
        }
        assertThat(log.verify()).isEmpty();
    }

    /** Runs a statement the application never issues, as an intruder with write access to the tables would. */
    void tamper(String table, String sql, Object... params) {
        jdbc.sql(sql).params(params).update();
    }

    long positionFromEnd(int back) {
        return jdbc.sql("SELECT MAX(chain_seq) FROM audit_chain").query(Long.class).single() - back;
    }

    long entryAt(long position) {
        return jdbc.sql("SELECT entry_seq FROM audit_chain WHERE chain_seq = ?").param(position).query(Long.class)
                .single();
    }

    @Test
    void reportsAChangedEntryAtItsPosition() {
        long position = positionFromEnd(2);
        tamper("audit_entries", "UPDATE audit_entries SET target = 'nothing to see' WHERE seq = ?", entryAt(position));
        assertThat(log.verify()).hasValueSatisfying(broken -> {
            assertThat(broken.position()).isEqualTo(position);
            assertThat(broken.reason()).contains("changed");
        });
    }

    @Test
    void reportsARemovedEntry() {
        long position = positionFromEnd(1);
        tamper("audit_entries", "DELETE FROM audit_entries WHERE seq = ?", entryAt(position));
        assertThat(log.verify()).hasValueSatisfying(broken -> {
            assertThat(broken.position()).isEqualTo(position);
            assertThat(broken.reason()).contains("removed");
        });
    }

    @Test
    void reportsARemovedLink() {
        long position = positionFromEnd(3);
        tamper("audit_chain", "DELETE FROM audit_chain WHERE chain_seq = ?", position);
        assertThat(log.verify()).hasValueSatisfying(broken -> {
            assertThat(broken.position()).isEqualTo(position);
            assertThat(broken.reason()).contains("missing");
        });
    }

    @Test
    void reportsALinkThatPointsElsewhere() {
        long position = positionFromEnd(1);
        tamper("audit_chain", "UPDATE audit_chain SET prev_hash = ? WHERE chain_seq = ?", AuditQueries.GENESIS,
                position);
        assertThat(log.verify()).hasValueSatisfying(broken -> {
            assertThat(broken.position()).isEqualTo(position);
            assertThat(broken.reason()).contains("does not link");
        });
    }

    @Test
    void reportsTheLastLinksRemoved() {
        long last = positionFromEnd(0);
        tamper("audit_chain", "DELETE FROM audit_chain WHERE chain_seq = ?", last);
        assertThat(log.verify()).hasValueSatisfying(broken -> {
            assertThat(broken.position()).isEqualTo(last);
            assertThat(broken.reason()).contains("ends before");
        });
    }

    @Test
    void reportsAnEntryKeptOutOfTheChain() {
        log.record(DESK, UUID.randomUUID(), AuditAction.READ, "hidden");
        long seq = jdbc.sql("SELECT MAX(seq) FROM audit_entries").query(Long.class).single();
        jdbc.sql("DELETE FROM audit_unchained WHERE entry_seq = ?").param(seq).update();
        assertThat(log.verify()).hasValueSatisfying(broken -> {
            assertThat(broken.position()).isEqualTo(positionFromEnd(0) + 1);
            assertThat(broken.reason()).contains("entry " + seq).contains("not in the chain");
        });
    }
}
