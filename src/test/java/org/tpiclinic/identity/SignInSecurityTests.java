package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

// A long first wait, so a slow machine cannot outlast it between two attempts.
@SpringBootTest(properties = { "tpi.security.throttle.first-delay=10m", "tpi.security.throttle.max-delay=1h" })
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
        for (String name : new String[] { "desk", "victim", "leaver", "timeout", "encoded", "laptop" }) {
            accounts.createStaff(name, name, Role.FRONT_DESK, PASSWORD);
        }
        accounts.createStaff("boss", "boss", Role.ADMIN, PASSWORD);
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
    void repeatedFailuresSlowTheGuesserWithoutRevealingWhetherTheAccountExists() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(attempt("victim", "wrong-" + i, "192.0.2.20")).endsWith("/login?error");
            assertThat(attempt("nobody-here", "wrong-" + i, "192.0.2.21")).endsWith("/login?error");
        }
        // Even the right password is not checked while the guesser must wait, and a made-up account answers alike.
        assertThat(attempt("victim", PASSWORD, "192.0.2.20")).contains("/login?paused=");
        assertThat(attempt("nobody-here", PASSWORD, "192.0.2.21")).contains("/login?paused=");
        // The wait is for this username from that address only: the real user elsewhere is not held up.
        assertThat(attempt("victim", PASSWORD, "192.0.2.22")).endsWith("/start");
    }

    @Test
    void aPercentEncodedSignInPathIsThrottledLikeThePlainOne() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(attempt("encoded", "wrong-" + i, "192.0.2.25")).endsWith("/login?error");
        }
        var response = mvc.perform(post(URI.create("/%6cogin")).param("username", "encoded")
                .param("password", PASSWORD).with(csrf()).with(from("192.0.2.25"))).andReturn().getResponse();
        assertThat(response.getRedirectedUrl()).contains("/login?paused=");
    }

    @Test
    void aStrangersFailuresDoNotStopTheRealUsersKnownDevice() throws Exception {
        // The admin signed in from this computer before, behind the clinic's shared address.
        var first = mvc.perform(post("/login").param("username", "boss").param("password", PASSWORD).with(csrf())
                .with(from("198.51.100.7"))).andReturn().getResponse();
        assertThat(first.getRedirectedUrl()).endsWith("/start");
        Cookie device = first.getCookie(KnownDevices.COOKIE);
        assertThat(device).isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        // A stranger guesses the admin's password from the same shared address and from elsewhere.
        for (int i = 0; i < 25; i++) {
            attempt("boss", "guess-" + i, i % 2 == 0 ? "198.51.100.7" : "203.0.113." + i);
        }
        assertThat(attempt("boss", PASSWORD, "198.51.100.7")).contains("/login?paused=");
        assertThat(attempt("boss", PASSWORD, "203.0.113.99")).contains("/login?paused=");

        var known = mvc.perform(post("/login").param("username", "boss").param("password", PASSWORD).with(csrf())
                .with(from("198.51.100.7")).cookie(device)).andReturn().getResponse();
        assertThat(known.getRedirectedUrl()).endsWith("/start");
    }

    @Test
    void aKnownDeviceIsStillSlowedByItsOwnFailures() throws Exception {
        var first = mvc.perform(post("/login").param("username", "laptop").param("password", PASSWORD).with(csrf())
                .with(from("198.51.100.9"))).andReturn().getResponse();
        Cookie device = first.getCookie(KnownDevices.COOKIE);
        for (int i = 0; i < 3; i++) {
            var failed = mvc.perform(post("/login").param("username", "laptop").param("password", "wrong")
                    .with(csrf()).with(from("198.51.100.9")).cookie(device)).andReturn().getResponse();
            assertThat(failed.getRedirectedUrl()).endsWith("/login?error");
        }
        var held = mvc.perform(post("/login").param("username", "laptop").param("password", PASSWORD).with(csrf())
                .with(from("198.51.100.9")).cookie(device)).andReturn().getResponse();
        assertThat(held.getRedirectedUrl()).contains("/login?paused=");
    }

    @Test
    void sprayingFromOneAddressSlowsUnknownDevicesThereButNotKnownOnes() throws Exception {
        var first = mvc.perform(post("/login").param("username", "desk").param("password", PASSWORD).with(csrf())
                .with(from("192.0.2.30"))).andReturn().getResponse();
        Cookie device = first.getCookie(KnownDevices.COOKIE);
        for (int i = 0; i < 20; i++) {
            assertThat(attempt("spray" + i, "wrong", "192.0.2.30")).endsWith("/login?error");
        }
        assertThat(attempt("spray-next", "wrong", "192.0.2.30")).contains("/login?paused=");
        assertThat(attempt("desk", PASSWORD, "192.0.2.31")).endsWith("/start");
        var known = mvc.perform(post("/login").param("username", "desk").param("password", PASSWORD).with(csrf())
                .with(from("192.0.2.30")).cookie(device)).andReturn().getResponse();
        assertThat(known.getRedirectedUrl()).endsWith("/start");
    }

    @Test
    void httpsResponsesCarryStrictTransportSecurity() throws Exception {
        var response = mvc.perform(get("/login").secure(true)).andReturn().getResponse();
        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=31536000")
                .contains("includeSubDomains");
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
