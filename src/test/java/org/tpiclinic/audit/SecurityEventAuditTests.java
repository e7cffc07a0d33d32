package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.identity.Accounts;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.notifications.Outbox;
import org.tpiclinic.notifications.OutboxMessage;

/**
 * Security events land in the audit log: account changes by an admin, sign-ins that succeed and that are
 * refused (an unknown name bounded and reduced), reading the outbox, and exports.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SecurityEventAuditTests {

    static final String PASSWORD = "a-long-enough-password";
    static final ClinicUser ADMIN = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "chief", "Chief", Role.ADMIN,
            null));

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;

    record Row(String username, String role, String action, String target, String outcome) {
    }

    List<Row> entries(String action, String targetLike) {
        return jdbc.sql("""
                SELECT username, user_role, action, target, outcome FROM audit_entries
                WHERE action = ? AND target LIKE ? ORDER BY seq""").params(action, targetLike)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5))).list();
    }

    String signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password).with(csrf()))
                .andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void recordsEveryAccountChangeAnAdminMakesWithoutThePassword() throws Exception {
        mvc.perform(post("/admin/users").param("username", "newhire").param("displayName", "New Hire")
                .param("role", "BILLING").param("password", PASSWORD).with(csrf()).with(user(ADMIN)));
        UUID id = accounts.find("newhire").orElseThrow().userId();
        mvc.perform(post("/admin/users/{id}/role", id).param("role", "CLINICIAN").with(csrf()).with(user(ADMIN)));
        mvc.perform(post("/admin/users/{id}/password", id).param("password", "another-long-password")
                .with(csrf()).with(user(ADMIN)));
        mvc.perform(post("/admin/users/{id}/disable", id).with(csrf()).with(user(ADMIN)));
        mvc.perform(post("/admin/users/{id}/enable", id).with(csrf()).with(user(ADMIN)));

        var changes = jdbc.sql("""
                SELECT action || ' ' || target FROM audit_entries WHERE username = 'chief' AND target LIKE 'user newhire%'
                ORDER BY seq""").query(String.class).list();
        assertThat(changes).containsExactly("CREATE user newhire: role BILLING; must choose own password",
                "ROLE_CHANGE user newhire: role BILLING -> CLINICIAN",
                "PASSWORD_RESET user newhire: password reset; must choose own password",
                "DISABLE user newhire: disabled", "ENABLE user newhire: enabled");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target LIKE '%password-%'").query(Long.class)
                .single()).isZero();
    }

    @Test
    void recordsSignInsThatSucceedAndThatAreRefused() throws Exception {
        accounts.createStaff("signer", "Signer", Role.CLINICIAN, PASSWORD);
        accounts.createStaff("gone", "Gone", Role.CLINICIAN, PASSWORD);
        accounts.disable(accounts.find("gone").orElseThrow().userId(), CurrentUser.system("test"));

        assertThat(signIn("signer", PASSWORD)).isEqualTo("/start");
        assertThat(signIn("signer", "not-the-password")).contains("error");
        assertThat(signIn("gone", PASSWORD)).contains("error");

        // Other test classes sharing this database sign in too: only this test's accounts are looked at.
        assertThat(entries("SIGN_IN", "%")).filteredOn(r -> List.of("signer", "gone").contains(r.username()))
                .containsExactly(
                new Row("signer", "CLINICIAN", "SIGN_IN", "signed in", "SUCCESS"),
                new Row("signer", "CLINICIAN", "SIGN_IN", "sign-in refused: wrong password", "DENIED"),
                new Row("gone", "CLINICIAN", "SIGN_IN", "sign-in refused: account disabled", "DENIED"));
    }

    @Test
    void recordsAnUnknownNameBoundedAndReducedToUsernameCharacters() throws Exception {
        // 64 characters, the most the input guard lets through as a username (decision 27)
        String typed = "Jane Q. Patient 1970-01-01 \u202E<script>" + "x".repeat(24);
        assertThat(signIn(typed, "whatever")).contains("error");

        var refused = entries("SIGN_IN", "%no account named \"JaneQ%");
        assertThat(refused).singleElement().satisfies(row -> {
            assertThat(row.username()).isEqualTo("unknown");
            assertThat(row.outcome()).isEqualTo("DENIED");
            assertThat(row.target()).isEqualTo("sign-in refused: no account named \"JaneQ.Patient1970-01-01scriptxxx…\"");
        });
    }

    @Test
    void recordsReadingTheOutboxAndItsInvitations() throws Exception {
        var message = OutboxMessage.text("test:" + UUID.randomUUID(), "patient@example.invalid", "Your link",
                "Open https://clinic.invalid/intake/secret-token").withIcs("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        transactions.executeWithoutResult(s -> outbox.enqueue(message));
        UUID id = outbox.findByDedupeKey(message.dedupeKey()).orElseThrow().id();

        mvc.perform(get("/admin/outbox").with(user(ADMIN)));
        mvc.perform(get("/admin/outbox/{id}", id).with(user(ADMIN)));
        mvc.perform(get("/admin/outbox/{id}/invitation.ics", id).with(user(ADMIN)));

        assertThat(entries("QUERY", "outbox page 1")).extracting(Row::username).containsExactly("chief");
        assertThat(entries("READ", "outbox message " + id)).extracting(Row::username).containsExactly("chief");
        assertThat(entries("EXPORT", "outbox invitation " + id)).extracting(Row::username).containsExactly("chief");
    }

    @Test
    void recordsTheAuditLogExport() throws Exception {
        mvc.perform(get("/admin/audit/export").with(user(ADMIN)));
        assertThat(entries("EXPORT", "audit log CSV")).extracting(Row::username).containsExactly("chief");
    }
}
