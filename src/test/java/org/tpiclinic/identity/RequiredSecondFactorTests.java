package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.shared.ConflictException;

/** A practice that requires a second factor for staff: setting it up at the next sign-in. */
@SpringBootTest(properties = "tpi.security.staff-mfa=required")
@AutoConfigureMockMvc
class RequiredSecondFactorTests {

    static final String PASSWORD = SecondFactorSignInTests.PASSWORD;
    static final Pattern SECRET = Pattern.compile("id=\"mfa-secret\"[^>]*>([A-Z2-7 ]+)<");
    static final Pattern URI = Pattern.compile("id=\"mfa-uri\"[^>]*>([^<]+)<");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    JdbcClient jdbc;

    MockHttpSession signIn(String username) throws Exception {
        var session = new MockHttpSession();
        var response = mvc.perform(post("/login").session(session).with(csrf()).param("username", username)
                .param("password", PASSWORD)).andReturn().getResponse();
        session.setAttribute("redirect", response.getRedirectedUrl());
        return session;
    }

    @Test
    void aStaffUserWithoutASecondFactorSetsOneUpBeforeGettingIn() throws Exception {
        var account = accounts.createStaff("new.nurse", "New Nurse", Role.CLINICIAN, PASSWORD);
        var session = signIn("new.nurse");
        assertThat(session.getAttribute("redirect")).isEqualTo("/login/mfa/enrol");
        assertThat(mvc.perform(get("/patients").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(get("/login/mfa").session(session)).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login/mfa/enrol");

        String page = mvc.perform(get("/login/mfa/enrol").session(session)).andReturn().getResponse()
                .getContentAsString();
        var secret = SECRET.matcher(page);
        assertThat(secret.find()).isTrue();
        var uri = URI.matcher(page);
        assertThat(uri.find()).isTrue();
        assertThat(uri.group(1)).startsWith("otpauth://totp/").contains("secret=" + secret.group(1).replace(" ", ""))
                .contains("new.nurse").contains("issuer=");

        String wrong = mvc.perform(post("/login/mfa/enrol").session(session).with(csrf()).param("code", "12345"))
                .andReturn().getResponse().getContentAsString();
        assertThat(wrong).contains("id=\"code-error\"");
        assertThat(secondFactors.enrolled(account.id())).isFalse();

        String codes = mvc.perform(post("/login/mfa/enrol").session(session).with(csrf())
                .param("code", SecondFactorSignInTests.code(secret.group(1).replace(" ", ""), 0))).andReturn().getResponse()
                .getContentAsString();
        assertThat(Pattern.compile("[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}-[A-Z2-7]{4}").matcher(codes).results())
                .hasSize(10);
        assertThat(secondFactors.enrolled(account.id())).isTrue();
        assertThat(mvc.perform(get("/patients").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(302);

        var done = mvc.perform(post("/login/mfa/continue").session(session).with(csrf())).andReturn().getResponse();
        // Back to the page asked for before signing in (remembered while the sign-in was pending).
        assertThat(done.getRedirectedUrl()).endsWith("/patients?continue");
        assertThat(mvc.perform(get("/patients").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target = 'account new.nurse: mfa enrolled'")
                .query(Long.class).single()).isEqualTo(1);

        var next = signIn("new.nurse");
        assertThat(next.getAttribute("redirect")).isEqualTo("/login/mfa");
    }

    @Test
    void patientsSignInWithTheirPasswordAlone() throws Exception {
        accounts.createPortalLogin("portal.person", "Portal Person", UUID.randomUUID(), PASSWORD);
        assertThat((String) signIn("portal.person").getAttribute("redirect")).endsWith("/start");
    }

    @Test
    void staffCannotTurnARequiredSecondFactorOff() {
        var account = accounts.createStaff("keeps.it", "Keeps It", Role.BILLING, PASSWORD);
        assertThatThrownBy(() -> secondFactors.remove(account.asCurrentUser()))
                .isInstanceOf(ConflictException.class);
    }
}
