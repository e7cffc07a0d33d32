package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class AdminUsersPagesTests {

    static final ClinicUser ADMIN = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "root", "Root", Role.ADMIN,
            null));

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserAccounts repository;
    @Autowired
    PasswordEncoder passwords;

    @Test
    void createsAStaffUserWithAHashedPasswordAndChangesTheRole() throws Exception {
        var created = mvc.perform(post("/admin/users").with(user(ADMIN)).with(csrf()).param("username", "New.Nurse")
                .param("displayName", "New Nurse").param("role", "FRONT_DESK").param("password", "a-long-passphrase"))
                .andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/users");
        var account = repository.findByUsername("new.nurse").orElseThrow();
        assertThat(account.passwordHash()).startsWith("{argon2}$argon2id$").doesNotContain("a-long-passphrase");
        assertThat(passwords.matches("a-long-passphrase", account.passwordHash())).isTrue();

        mvc.perform(post("/admin/users/" + account.id() + "/role").with(user(ADMIN)).with(csrf())
                .param("role", "CLINICIAN"));
        assertThat(accounts.get(account.id()).role()).isEqualTo(Role.CLINICIAN);
    }

    @Test
    void aTakenUsernameOrShortPasswordIsShownBesideTheField() throws Exception {
        accounts.createStaff("taken", "Taken", Role.BILLING, "a-long-passphrase");
        String html = mvc.perform(post("/admin/users").with(user(ADMIN)).with(csrf()).param("username", "TAKEN")
                .param("displayName", "Other").param("role", "BILLING").param("password", "a-long-passphrase"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"username-error\"").contains("is taken");
        String shortPw = mvc.perform(post("/admin/users").with(user(ADMIN)).with(csrf()).param("username", "shorty")
                .param("displayName", "S").param("role", "BILLING").param("password", "short"))
                .andReturn().getResponse().getContentAsString();
        assertThat(shortPw).contains("id=\"password-error\"").contains("at least 15 characters");
        String common = mvc.perform(post("/admin/users").with(user(ADMIN)).with(csrf()).param("username", "commoner")
                .param("displayName", "C").param("role", "BILLING").param("password", "Welcome2026!!!!!"))
                .andReturn().getResponse().getContentAsString();
        assertThat(common).contains("id=\"password-error\"").contains("attackers try");
        assertThat(repository.findByUsername("shorty")).isEmpty();
        assertThat(repository.findByUsername("commoner")).isEmpty();
    }

    @Test
    void aResetPasswordMustMeetThePolicy() throws Exception {
        var account = accounts.createStaff("resettable", "Resettable", Role.BILLING, "a-long-passphrase");
        var refused = mvc.perform(post("/admin/users/" + account.id() + "/password").with(user(ADMIN)).with(csrf())
                .param("password", "resettable2026!")).andReturn();
        assertThat(refused.getFlashMap().get("problem")).isEqualTo("password.context");
        String page = mvc.perform(get("/admin/users").with(user(ADMIN)).flashAttrs(refused.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("your name");
        assertThat(passwords.matches("a-long-passphrase", repository.findById(account.id()).orElseThrow()
                .passwordHash())).isTrue();
        mvc.perform(post("/admin/users/" + account.id() + "/password").with(user(ADMIN)).with(csrf())
                .param("password", "thistle over copper"));
        assertThat(passwords.matches("thistle over copper", repository.findById(account.id()).orElseThrow()
                .passwordHash())).isTrue();
    }

    @Test
    void aPatientLoginCannotBecomeStaff() throws Exception {
        var portal = accounts.createPortalLogin("portal1", "Portal", UUID.randomUUID(), "a-long-passphrase");
        var response = mvc.perform(post("/admin/users/" + portal.id() + "/role").with(user(ADMIN)).with(csrf())
                .param("role", "ADMIN")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(accounts.get(portal.id()).role()).isEqualTo(Role.PATIENT);
    }

    @Test
    void onlyAdminsReachTheUsersPage() throws Exception {
        var desk = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "desk", "Desk", Role.FRONT_DESK, null));
        assertThat(mvc.perform(get("/admin/users").with(user(desk))).andReturn().getResponse().getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(get("/admin/users").with(user(ADMIN))).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }
}
