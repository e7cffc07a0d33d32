package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/**
 * Tampering behind the application's back (H2 has no trigger to stop it) is found by the chain check, at the
 * first changed entry.
 */
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditTamperTests {

    @Autowired
    AuditLog log;
    @Autowired
    JdbcClient jdbc;

    @Test
    void reportsTheFirstBrokenLink() {
        var actor = new CurrentUser(UUID.randomUUID(), "frontdesk", "F", Role.FRONT_DESK, null);
        for (int i = 0; i < 5; i++) {
            log.record(actor, UUID.randomUUID(), AuditAction.READ, "chart " + i);
        }
        long last = jdbc.sql("SELECT MAX(seq) FROM audit_entries").query(Long.class).single();
        assertThat(log.verify()).isEmpty();

        jdbc.sql("UPDATE audit_entries SET target = 'nothing to see' WHERE seq = ?").param(last - 2).update();
        assertThat(log.verify()).hasValueSatisfying(broken -> {
            assertThat(broken.seq()).isEqualTo(last - 2);
            assertThat(broken.reason()).contains("changed");
        });
    }

    @Test
    void reportsARemovedEntry() {
        var actor = new CurrentUser(UUID.randomUUID(), "frontdesk", "F", Role.FRONT_DESK, null);
        log.record(actor, UUID.randomUUID(), AuditAction.READ, "a");
        log.record(actor, UUID.randomUUID(), AuditAction.READ, "b");
        long last = jdbc.sql("SELECT MAX(seq) FROM audit_entries").query(Long.class).single();
        jdbc.sql("DELETE FROM audit_entries WHERE seq = ?").param(last - 1).update();
        assertThat(log.verify()).isPresent();
    }
}
