package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Production start-up: no demo data, and the first admin comes from the environment. */
@SpringBootTest(properties = { "tpi.demo.enabled=false", "tpi.bootstrap.admin-username=Chief",
        "tpi.bootstrap.admin-password=first-admin-secret" })
class FirstAdminTests {

    @Autowired
    UserAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Accounts accountsApi;

    @Test
    void createsTheFirstAdminAndNoDemoData() {
        var admin = accounts.findByUsername("chief").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.ADMIN);
        assertThat(admin.enabled()).isTrue();
        // They chose the password themself (in the server's settings): no one else knows it
        assertThat(admin.mustChoosePassword()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM patients").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM demo_data").query(Long.class).single()).isZero();
    }

    @Test
    void aFirstAdminPasswordThatBreaksThePolicyStopsTheStartWithTheReason() {
        var chief = accounts.findByUsername("chief").orElseThrow();
        // As if no admin were left (the application itself refuses to disable the last one).
        jdbc.sql("UPDATE user_accounts SET enabled = FALSE WHERE id = ?").param(chief.id()).update();
        try {
            var weak = new FirstAdmin(accountsApi, "boss", "boss-password-1");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> weak.run(null))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("TPI_ADMIN_PASSWORD was refused");
            assertThat(accounts.findByUsername("boss")).isEmpty();
        } finally {
            jdbc.sql("UPDATE user_accounts SET enabled = TRUE WHERE id = ?").param(chief.id()).update();
        }
    }
}
