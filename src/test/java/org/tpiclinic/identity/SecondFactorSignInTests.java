package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Signing in with a password and a TOTP code, where the practice leaves the second factor optional. */
@SpringBootTest
@AutoConfigureMockMvc
class SecondFactorSignInTests {

    static final String PASSWORD = "quiet harbor lanterns";
    static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    MfaEnrolments enrolments;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    JdbcClient jdbc;

    /** A staff account with a second factor whose codes from the current step on are unused. */
    static String enrol(Accounts accounts, MfaEnrolments enrolments, String username) {
        var account = accounts.createStaff(username, username, Role.FRONT_DESK, PASSWORD);
        String secret = MfaEnrolment.newSecret();
        enrolments.save(MfaEnrolment.confirmed(account.id(), secret, Totp.step(Instant.now()) - 2, Instant.now()));
        return secret;
    }

    static String code(String secret, int stepsFromNow) {
        return Totp.code(Base32.decode(secret), Totp.step(Instant.now()) + stepsFromNow);
    }

    MockHttpServletResponse password(MockHttpSession session, String username) throws Exception {
        return mvc.perform(post("/login").session(session).with(csrf()).param("username", username)
                .param("password", PASSWORD).with(r -> {
                    r.setRemoteAddr("198.51.100." + ADDRESS.incrementAndGet());
                    return r;
                })).andReturn().getResponse();
    }

    MockHttpServletResponse code(MockHttpSession session, String code) throws Exception {
        return mvc.perform(post("/login/mfa").session(session).with(csrf()).param("code", code)).andReturn()
                .getResponse();
    }

    int patientsPage(MockHttpSession session) throws Exception {
        return mvc.perform(get("/patients").session(session)).andReturn().getResponse().getStatus();
    }

    long audited(String target) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target = ?").param(target).query(Long.class)
                .single();
    }

    @Test
    void aPasswordAloneDoesNotSignInAnAccountWithASecondFactor() throws Exception {
        enrol(accounts, enrolments, "two.step");
        var session = new MockHttpSession();
        assertThat(password(session, "two.step").getRedirectedUrl()).isEqualTo("/login/mfa");
        assertThat(patientsPage(session)).isEqualTo(302);
        assertThat(mvc.perform(get("/account").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(302);
        String page = mvc.perform(get("/login/mfa").session(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("name=\"code\"").contains("autocomplete=\"one-time-code\"");
    }

    @Test
    void theCodeFromTheAppCompletesTheSignIn() throws Exception {
        String secret = enrol(accounts, enrolments, "two.step.ok");
        var session = new MockHttpSession();
        password(session, "two.step.ok");
        var done = code(session, code(secret, 0));
        assertThat(done.getRedirectedUrl()).endsWith("/start");
        assertThat(patientsPage(session)).isEqualTo(200);
    }

    @Test
    void aCodeOneStepEitherSideIsAcceptedButNotTwo() throws Exception {
        String secret = enrol(accounts, enrolments, "drifty");
        var session = new MockHttpSession();
        password(session, "drifty");
        assertThat(code(session, code(secret, 3)).getContentAsString()).contains("That code is not right");
        assertThat(code(session, code(secret, 1)).getRedirectedUrl()).endsWith("/start");
    }

    @Test
    void aCodeUsedOnceCannotBeUsedAgain() throws Exception {
        String secret = enrol(accounts, enrolments, "replayed");
        String overheard = code(secret, 0);
        var first = new MockHttpSession();
        password(first, "replayed");
        assertThat(code(first, overheard).getRedirectedUrl()).endsWith("/start");

        var attacker = new MockHttpSession();
        password(attacker, "replayed");
        var refused = code(attacker, overheard);
        assertThat(refused.getContentAsString()).contains("id=\"code-error\"").contains("already used");
        assertThat(patientsPage(attacker)).isEqualTo(302);
    }

    @Test
    void fiveWrongCodesPauseTheSecondStep() throws Exception {
        String secret = enrol(accounts, enrolments, "guessed");
        var session = new MockHttpSession();
        password(session, "guessed");
        String right = code(secret, 0);
        String wrong = right.equals("000000") ? "111111" : "000000";
        for (int i = 0; i < MfaEnrolment.MAX_FAILURES; i++) {
            assertThat(code(session, wrong).getContentAsString()).contains("That code is not right");
        }
        var paused = code(session, right);
        assertThat(paused.getContentAsString()).contains("Too many wrong codes");
        assertThat(patientsPage(session)).isEqualTo(302);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE username = 'guessed' AND action = 'SIGN_IN' "
                + "AND outcome = 'DENIED' AND target = 'sign-in refused: wrong second-factor code'")
                .query(Long.class).single()).isEqualTo(MfaEnrolment.MAX_FAILURES);
        assertThat(audited("sign-in refused: second step paused after wrong codes")).isEqualTo(1);
    }

    @Test
    void aRecoveryCodeSignsInOnceAndIsAudited() throws Exception {
        enrol(accounts, enrolments, "lost.phone");
        var me = accounts.all().stream().filter(a -> a.username().equals("lost.phone")).findFirst().orElseThrow();
        List<String> codes = secondFactors.renewRecoveryCodes(me.asCurrentUser());
        assertThat(codes).hasSize(10).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}"));
        assertThat(jdbc.sql("SELECT code_hash FROM mfa_recovery_codes").query(String.class).list())
                .doesNotContainAnyElementsOf(codes);

        var session = new MockHttpSession();
        password(session, "lost.phone");
        assertThat(code(session, codes.get(0).toLowerCase().replace("-", " ")).getRedirectedUrl()).endsWith("/start");
        assertThat(secondFactors.recoveryCodesLeft(me.id())).isEqualTo(9);
        assertThat(audited("account lost.phone: recovery code used")).isEqualTo(1);

        var again = new MockHttpSession();
        password(again, "lost.phone");
        assertThat(code(again, codes.get(0)).getContentAsString()).contains("That code is not right");
        assertThat(patientsPage(again)).isEqualTo(302);
    }

    @Test
    void withoutASecondFactorThePasswordSignsInWhenThePracticeLeavesItOptional() throws Exception {
        accounts.createStaff("password.only", "P", Role.BILLING, PASSWORD);
        var session = new MockHttpSession();
        assertThat(password(session, "password.only").getRedirectedUrl()).endsWith("/start");
        assertThat(patientsPage(session)).isEqualTo(200);
    }

    @Test
    void anOldBcryptHashIsReplacedWithArgon2AtSignIn() throws Exception {
        var account = accounts.createStaff("old.hash", "Old Hash", Role.BILLING, PASSWORD);
        jdbc.sql("UPDATE user_accounts SET password_hash = ? WHERE id = ?")
                .params(new BCryptPasswordEncoder(4).encode(PASSWORD),
                        account.id()).update();
        var session = new MockHttpSession();
        assertThat(password(session, "old.hash").getRedirectedUrl()).endsWith("/start");
        assertThat(jdbc.sql("SELECT password_hash FROM user_accounts WHERE id = ?").param(account.id())
                .query(String.class).single()).startsWith("{argon2}$argon2id$");
    }

    @Test
    void theSecondStepPagesNeedAPendingSignIn() throws Exception {
        assertThat(mvc.perform(get("/login/mfa")).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/login");
        assertThat(mvc.perform(get("/login/mfa/enrol")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/login");
        assertThat(mvc.perform(post("/login/mfa").with(csrf()).param("code", "123456")).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login");
        assertThat(mvc.perform(post("/login/mfa/continue").with(csrf())).andReturn().getResponse()
                .getRedirectedUrl()).isEqualTo("/login");
    }

    @Test
    void aSessionEndsAfterItsAbsoluteLifetimeHoweverActive() throws Exception {
        accounts.createStaff("long.shift", "L", Role.CLINICIAN, PASSWORD);
        var session = new MockHttpSession();
        password(session, "long.shift");
        assertThat(patientsPage(session)).isEqualTo(200);
        assertThat(session.getAttribute(SecondFactorSignIn.SIGNED_IN_AT)).isInstanceOf(Instant.class);

        session.setAttribute(SecondFactorSignIn.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(12)).minusSeconds(1));
        var ended = mvc.perform(get("/patients").session(session)).andReturn().getResponse();
        assertThat(ended.getRedirectedUrl()).isEqualTo("/login?expired");
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void justInsideItsLifetimeASessionGoesOn() throws Exception {
        accounts.createStaff("short.shift", "S", Role.CLINICIAN, PASSWORD);
        var session = new MockHttpSession();
        password(session, "short.shift");
        session.setAttribute(SecondFactorSignIn.SIGNED_IN_AT, Instant.now().minus(Duration.ofHours(11)));
        assertThat(patientsPage(session)).isEqualTo(200);
    }
}
