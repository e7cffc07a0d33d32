package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.shared.ConflictException;

/** The practice always keeps one enabled admin: the last one can be neither demoted nor disabled. */
@SpringBootTest
@AutoConfigureMockMvc
class LastAdminTests {

    static final String PASSWORD = "a-long-enough-password";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** Admins left by other tests sharing this database are disabled: each test starts with none. */
    @BeforeEach
    void noEnabledAdmin() {
        jdbc.sql("UPDATE user_accounts SET enabled = FALSE WHERE role = 'ADMIN'").update();
    }

    UserAccount admin() {
        String name = "admin-" + UUID.randomUUID().toString().substring(0, 8);
        return accounts.createStaff(name, name, Role.ADMIN, PASSWORD);
    }

    long enabledAdmins() {
        return jdbc.sql("SELECT COUNT(*) FROM user_accounts WHERE role = 'ADMIN' AND enabled").query(Long.class)
                .single();
    }

    @Test
    void theOnlyAdminCannotDemoteThemself() throws Exception {
        var only = admin();
        var response = mvc.perform(post("/admin/users/{id}/role", only.id()).param("role", "CLINICIAN")
                .with(csrf()).with(user(ClinicUser.of(only.asCurrentUser())))).andReturn();

        assertThat(response.getResponse().getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(response.getFlashMap().get("problem")).isEqualTo("flash.refused");
        assertThat((Object[]) response.getFlashMap().get("problemArgs")).singleElement().asString()
                .contains("last enabled admin");
        assertThat(accounts.get(only.id()).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void theLastEnabledAdminCannotBeDisabled() {
        var only = admin();
        var other = admin();
        accounts.disable(other.id(), only.asCurrentUser());

        assertThatThrownBy(() -> accounts.disable(only.id(), other.asCurrentUser()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("last enabled admin");
        assertThat(accounts.get(only.id()).enabled()).isTrue();
    }

    @Test
    void anAdminMayStepDownWhileAnotherRemains() {
        var first = admin();
        var second = admin();

        accounts.changeRole(first.id(), Role.CLINICIAN, first.asCurrentUser());

        assertThat(accounts.get(first.id()).role()).isEqualTo(Role.CLINICIAN);
        assertThatThrownBy(() -> accounts.changeRole(second.id(), Role.BILLING, second.asCurrentUser()))
                .isInstanceOf(ConflictException.class);
        assertThat(enabledAdmins()).isEqualTo(1);
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceLeaveOne() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                noEnabledAdmin();
                var a = admin();
                var b = admin();
                var start = new CountDownLatch(1);
                List<Future<Boolean>> results = new ArrayList<>();
                for (var pair : List.of(List.of(a, b), List.of(b, a))) {
                    results.add(pool.submit(() -> {
                        start.await();
                        try {
                            accounts.changeRole(pair.get(0).id(), Role.CLINICIAN, pair.get(1).asCurrentUser());
                            return true;
                        } catch (ConflictException refused) {
                            return false;
                        } catch (RuntimeException lostRace) {
                            // An optimistic-lock failure also leaves the other admin in place.
                            return false;
                        }
                    }));
                }
                start.countDown();
                int succeeded = 0;
                for (var result : results) {
                    succeeded += result.get() ? 1 : 0;
                }
                assertThat(succeeded).as("round %d", round).isEqualTo(1);
                assertThat(enabledAdmins()).as("round %d", round).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
