package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A password an admin set (a new account, or a reset) is known to the admin too: its user must choose their own
 * before they can use anything but their account page.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ChosenPasswordTests {

    static final String HANDED_OVER = "copper kettle morning";
    static final String OWN = "lantern orchard quietly";
    static final AtomicInteger ADDRESS = new AtomicInteger(1);
    static final ClinicUser ADMIN = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "chief.admin", "Chief",
            Role.ADMIN, null));
    static final List<String> PAGES = List.of("/patients", "/schedule", "/start", "/patients/new", "/aftercare",
            "/account/mfa/enrol");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserAccounts repository;
    @Autowired
    JdbcClient jdbc;

    UUID createdByAdmin(String username) throws Exception {
        var created = mvc.perform(post("/admin/users").with(user(ADMIN)).with(csrf()).param("username", username)
                .param("displayName", "New " + username).param("role", "FRONT_DESK").param("password", HANDED_OVER))
                .andReturn().getResponse();
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/users");
        return repository.findByUsername(username).orElseThrow().id();
    }

    MockHttpSession signIn(String username, String password) throws Exception {
        var session = new MockHttpSession();
        var response = mvc.perform(post("/login").session(session).with(csrf()).param("username", username)
                .param("password", password).with(r -> {
                    r.setRemoteAddr("203.0.113." + ADDRESS.incrementAndGet());
                    return r;
                })).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/start");
        return session;
    }

    MockHttpServletResponse page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andReturn().getResponse();
    }

    MockHttpServletResponse choose(MockHttpSession session, String current, String chosen) throws Exception {
        return mvc.perform(post("/account/password").session(session).with(csrf())
                .param("currentPassword", current).param("code", "").param("newPassword", chosen))
                .andReturn().getResponse();
    }

    boolean mustChoose(UUID id) {
        return repository.findById(id).orElseThrow().mustChoosePassword();
    }

    @Test
    void aUserAnAdminCreatedIsSentToTheirAccountPageUntilTheyChooseTheirOwnPassword() throws Exception {
        UUID id = createdByAdmin("new.desk");
        assertThat(mustChoose(id)).isTrue();
        var session = signIn("new.desk", HANDED_OVER);

        for (String path : PAGES) {
            assertThat(page(session, path).getRedirectedUrl()).as(path).isEqualTo("/account");
        }
        var post = mvc.perform(post("/patients").session(session).with(csrf()).param("familyName", "Doe"))
                .andReturn().getResponse();
        assertThat(post.getRedirectedUrl()).isEqualTo("/account");
        var account = page(session, "/account");
        assertThat(account.getStatus()).isEqualTo(200);
        assertThat(account.getContentAsString()).contains("id=\"must-choose-password\"")
                .contains("An administrator set your password")
                // Two-step sign-in waits until the password is their own (its forms would only lead back here)
                .doesNotContain("action=\"/account/mfa\"");

        // A weak or unconfirmed choice is refused as always and keeps the user on the account page
        assertThat(choose(session, "not the password", OWN).getContentAsString())
                .contains("That is not your current password");
        assertThat(choose(session, HANDED_OVER, "short").getContentAsString())
                .contains("A password needs at least 15 characters");
        assertThat(page(session, "/patients").getRedirectedUrl()).isEqualTo("/account");

        var chosen = choose(session, HANDED_OVER, OWN);
        assertThat(chosen.getRedirectedUrl()).isEqualTo("/account");
        assertThat(mustChoose(id)).isFalse();
        assertThat(page(session, "/patients").getStatus()).isEqualTo(200);
        assertThat(page(session, "/schedule").getStatus()).isEqualTo(200);
        assertThat(page(session, "/account").getContentAsString()).doesNotContain("must-choose-password")
                .contains("action=\"/account/mfa\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target = 'account new.desk: password changed'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target = "
                + "'user new.desk: role FRONT_DESK; must choose own password'").query(Long.class).single())
                .isEqualTo(1);

        // Signing in again with the password they chose: straight to work
        var again = signIn("new.desk", OWN);
        assertThat(page(again, "/patients").getStatus()).isEqualTo(200);
    }

    @Test
    void htmxAndApiRequestsGetAProblemNotAPage() throws Exception {
        createdByAdmin("htmx.desk");
        var session = signIn("htmx.desk", HANDED_OVER);

        var htmx = mvc.perform(get("/patients").session(session).header("HX-Request", "true")).andReturn()
                .getResponse();
        assertThat(htmx.getStatus()).isEqualTo(403);
        assertThat(htmx.getHeader("HX-Redirect")).isEqualTo("/account");
        assertThat(htmx.getContentType()).startsWith("application/problem+json");
        assertThat(htmx.getContentAsString()).contains("\"status\":403").contains("choose your own password");

        var api = mvc.perform(get("/schedule").session(session).header("Accept", "application/json")).andReturn()
                .getResponse();
        assertThat(api.getStatus()).isEqualTo(403);
        assertThat(api.getHeader("HX-Redirect")).isNull();
        assertThat(api.getContentAsString()).contains("\"detail\"");
    }

    @Test
    void signingOutAndStaticFilesStayReachable() throws Exception {
        createdByAdmin("leaving.desk");
        var session = signIn("leaving.desk", HANDED_OVER);
        assertThat(page(session, "/css/app.css").getRedirectedUrl()).isNull();
        var out = mvc.perform(post("/logout").session(session).with(csrf())).andReturn().getResponse();
        assertThat(out.getRedirectedUrl()).isEqualTo("/login?signedout");
    }

    @Test
    void anAdminResettingThePasswordMakesTheUserChooseAgain() throws Exception {
        UUID id = createdByAdmin("reset.desk");
        var session = signIn("reset.desk", HANDED_OVER);
        choose(session, HANDED_OVER, OWN);
        assertThat(mustChoose(id)).isFalse();

        var reset = mvc.perform(post("/admin/users/" + id + "/password").with(user(ADMIN)).with(csrf())
                .param("password", "granite willow evening")).andReturn();
        assertThat(reset.getFlashMap().get("notice")).isEqualTo("users.notice.passwordReset");
        assertThat(mustChoose(id)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target = "
                + "'user reset.desk: password reset; must choose own password'").query(Long.class).single())
                .isEqualTo(1);

        var next = signIn("reset.desk", "granite willow evening");
        assertThat(page(next, "/patients").getRedirectedUrl()).isEqualTo("/account");
        choose(next, "granite willow evening", "meadow pebble harmonica");
        assertThat(page(next, "/patients").getStatus()).isEqualTo(200);
    }

    @Test
    void accountsTheSystemCreatesAndPortalLoginsAreNotForced() throws Exception {
        // The overload the first admin (FirstAdmin) and the demo loader use: the password is the user's own
        var system = accounts.createStaff("system.desk", "System Desk", Role.FRONT_DESK, HANDED_OVER);
        assertThat(system.mustChoosePassword()).isFalse();
        assertThat(page(signIn("system.desk", HANDED_OVER), "/patients").getStatus()).isEqualTo(200);
        var portal = accounts.createPortalLogin("portal.own", "Portal", UUID.randomUUID(), HANDED_OVER);
        assertThat(portal.mustChoosePassword()).isFalse();
    }
}
