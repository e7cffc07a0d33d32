package org.tpiclinic.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.tpiclinic.audit.AuditChainBroken;

/**
 * The notifications module with what it depends on: a broken audit chain, delivered after commit from the event
 * publication registry, queues one email per security contact.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = { "shared", "identity", "site", "assessment" })
@TestPropertySource(properties = "tpi.notifications.security-alert-to=security@example.org, owner@example.org")
class NotificationsModuleTests {

    @Autowired
    JdbcClient jdbc;

    List<String> alertsFor(Instant at) {
        return jdbc.sql("SELECT recipient FROM outbox_messages WHERE dedupe_key LIKE ? ORDER BY recipient")
                .param("audit-alert:" + at.toEpochMilli() + ":%").query(String.class).list();
    }

    @Test
    void aBrokenAuditChainQueuesOneAlertPerSecurityContact(Scenario scenario) {
        var at = Instant.parse("2026-12-03T09:15:30Z").plusMillis(System.nanoTime() % 1000);
        var broken = new AuditChainBroken(42, "entry 42 does not link to 41", at);
        scenario.publish(broken)
                .andWaitForStateChange(() -> alertsFor(at), alerts -> alerts.size() == 2)
                .andVerify(alerts -> assertThat(alerts).containsExactly("owner@example.org", "security@example.org"));
    }
}
