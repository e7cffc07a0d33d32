package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.tpiclinic.identity.AccountChanged;
import org.tpiclinic.identity.CurrentUser;

/** The audit module with what it depends on (shared, identity): an account change is written to the log. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "shared")
class AuditModuleTests {

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAccountChangeBecomesOneAuditEntry(Scenario scenario) {
        String username = "audited-" + UUID.randomUUID().toString().substring(0, 8);
        var change = new AccountChanged(CurrentUser.system("admin"), UUID.randomUUID(), username, null,
                AccountChanged.Change.CREATED, "role CLINICIAN");
        scenario.publish(change)
                .andWaitForStateChange(() -> jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target LIKE ?")
                        .param("%" + username + "%").query(Long.class).single(), count -> count > 0)
                .andVerify(count -> assertThat(count).isEqualTo(1));
    }
}
