package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInSecurityTests {

    static final String PASSWORD = "correct-horse-battery";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @BeforeAll
    void accounts() {
        for (String name : new String[] { "desk", "victim", "leaver", "timeout" }) {
            accounts.createStaff(name, name, Role.FRONT_DESK, PASSWORD);
        }
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }


    String attempt(String user, String password, String address) throws Exception {
        return mvc.perform(post("/login").param("username", user).param("password", password).with(csrf())
                .with(from(address))).andReturn().getResponse().getRedirectedUrl();
    }

    @Test
    void pagesCarryTheSecurityHeaders() throws Exception {
        var response = mvc.perform(get("/login")).andReturn().getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).contains("frame-ancestors 'none'").contains("script-src 'self'").doesNotContain("unsafe");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Cache-Control")).contains("no-store");
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefused() throws Exception {
        var response = mvc.perform(post("/login").param("username", "desk").param("password", PASSWORD)
                .with(from("192.0.2.10"))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void aStaffSessionTimesOutAfterFifteenIdleMinutes() throws Exception {
        var result = mvc.perform(post("/login").param("username", "timeout").param("password", PASSWORD)
                .with(csrf()).with(from("192.0.2.11"))).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/start");
        assertThat(result.getRequest().getSession().getMaxInactiveInterval()).isEqualTo(15 * 60);
    }

    @Test
    void repeatedFailuresPauseAnAccountWithoutRevealingWhetherItExists() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(attempt("victim", "wrong-" + i, "192.0.2.20")).endsWith("/login?error");
            assertThat(attempt("nobody-here", "wrong-" + i, "192.0.2.21")).endsWith("/login?error");
        }
        // Even the right password is not checked while the account is paused, and a made-up account answers alike.
        assertThat(attempt("victim", PASSWORD, "192.0.2.22")).endsWith("/login?paused");
        assertThat(attempt("nobody-here", PASSWORD, "192.0.2.23")).endsWith("/login?paused");
    }

    @Test
    void repeatedFailuresFromOneAddressPauseIt() throws Exception {
        for (int i = 0; i < 20; i++) {
            assertThat(attempt("spray" + i, "wrong", "192.0.2.30")).endsWith("/login?error");
        }
        assertThat(attempt("desk", PASSWORD, "192.0.2.30")).endsWith("/login?paused");
        assertThat(attempt("desk", PASSWORD, "192.0.2.31")).endsWith("/start");
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndItsSignIns() throws Exception {
        var login = mvc.perform(post("/login").param("username", "leaver").param("password", PASSWORD)
                .with(csrf()).with(from("192.0.2.40"))).andReturn();
        var session = (MockHttpSession) login.getRequest().getSession();
        assertThat(mvc.perform(get("/patients").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);

        var leaver = accounts.all().stream().filter(a -> a.username().equals("leaver")).findFirst().orElseThrow();
        accounts.disable(leaver.id(), CurrentUser.system("admin"));

        var after = mvc.perform(get("/patients").session(session)).andReturn().getResponse();
        assertThat(after.getRedirectedUrl()).contains("/login");
        assertThat(attempt("leaver", PASSWORD, "192.0.2.41")).endsWith("/login?error");
    }
}
