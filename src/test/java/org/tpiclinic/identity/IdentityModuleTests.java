package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The identity module on its own (it depends only on shared): creating an account announces it. */
@ApplicationModuleTest(extraIncludes = "shared")
class IdentityModuleTests {

    @Autowired
    Accounts accounts;
    @Autowired
    ApplicationContext context;

    @Test
    void creatingAStaffAccountPublishesAccountCreated(Scenario scenario) {
        assertThat(context.containsBean("auditLog")).as("the audit module is not loaded").isFalse();
        String username = "module-" + UUID.randomUUID().toString().substring(0, 8);
        scenario.stimulate(() -> accounts.createStaff(username, "Module Tester", Role.CLINICIAN,
                        "violet kettles hum beside the quay"))
                .andWaitForEventOfType(AccountChanged.class)
                .matching(event -> event.username().equals(username))
                .toArriveAndVerify((event, account) -> {
                    assertThat(event.change()).isEqualTo(AccountChanged.Change.CREATED);
                    assertThat(event.accountId()).isEqualTo(account.id());
                    assertThat(event.patientId()).isNull();
                });
    }
}
