package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** A user's own account page: password change and two-step sign-in, each after confirming who they are. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountPagesTests {

    static final String PASSWORD = SecondFactorSignInTests.PASSWORD;

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    UserAccounts repository;
    @Autowired
    MfaEnrolments enrolments;
    @Autowired
    SecondFactors secondFactors;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    static ClinicUser as(UserAccount account) {
        return ClinicUser.of(account.asCurrentUser());
    }

    MockHttpServletResponse changePassword(UserAccount account, String current, String code, String newPassword)
            throws Exception {
        return mvc.perform(post("/account/password").with(user(as(account))).with(csrf())
                .param("currentPassword", current).param("code", code).param("newPassword", newPassword))
                .andReturn().getResponse();
    }

    boolean hasPassword(UserAccount account, String password) {
        return passwords.matches(password, repository.findById(account.id()).orElseThrow().passwordHash());
    }

    long audited(String target) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE target = ?").param(target).query(Long.class)
                .single();
    }

    @Test
    void aUserChangesTheirOwnPasswordAfterGivingTheCurrentOne() throws Exception {
        var account = accounts.createStaff("changer", "Changer", Role.FRONT_DESK, PASSWORD);
        var wrong = changePassword(account, "not my password", "", "violet meadow thistle");
        assertThat(wrong.getContentAsString()).contains("is-invalid").contains("That is not your current password");
        assertThat(hasPassword(account, PASSWORD)).isTrue();

        var done = changePassword(account, PASSWORD, "", "violet meadow thistle");
        assertThat(done.getRedirectedUrl()).isEqualTo("/account");
        assertThat(hasPassword(account, "violet meadow thistle")).isTrue();
        assertThat(audited("account changer: password changed")).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsWhenConfirmingEndTheSession() throws Exception {
        var account = accounts.createStaff("guesser", "Guesser", Role.FRONT_DESK, PASSWORD);
        var session = new MockHttpSession();
        for (int i = 1; i < 5; i++) {
            var refused = mvc.perform(post("/account/mfa").session(session).with(user(as(account))).with(csrf())
                    .param("currentPassword", "guess " + i)).andReturn().getResponse();
            assertThat(refused.getContentAsString()).contains("That is not your current password");
        }
        var ended = mvc.perform(post("/account/password").session(session).with(user(as(account))).with(csrf())
                .param("currentPassword", "guess 5").param("newPassword", "violet meadow thistle")).andReturn()
                .getResponse();
        assertThat(ended.getRedirectedUrl()).isEqualTo("/login?ended");
        assertThat(session.isInvalid()).isTrue();
        assertThat(hasPassword(account, PASSWORD)).isTrue();
    }

    @Test
    void aWeakNewPasswordIsExplainedBesideTheFieldAndChangesNothing() throws Exception {
        var account = accounts.createPortalLogin("weakling", "Weak Ling", UUID.randomUUID(), PASSWORD);
        String tooShort = changePassword(account, PASSWORD, "", "short one").getContentAsString();
        assertThat(tooShort).contains("A password needs at least 15 characters");
        String common = changePassword(account, PASSWORD, "", "Password123456789").getContentAsString();
        assertThat(common).contains("among the first ones attackers try");
        String mine = changePassword(account, PASSWORD, "", "weakling weakling 1").getContentAsString();
        assertThat(mine).contains("mostly your name");
        String huge = changePassword(account, PASSWORD, "", "x".repeat(5000)).getContentAsString();
        assertThat(huge).contains("at most 256 characters");
        assertThat(hasPassword(account, PASSWORD)).isTrue();
    }

    @Test
    void withASecondFactorTheCodeIsAskedAndEightCharactersAreEnough() throws Exception {
        String secret = SecondFactorSignInTests.enrol(accounts, enrolments, "coded");
        var account = repository.findByUsername("coded").orElseThrow();
        assertThat(mvc.perform(get("/account").with(user(as(account)))).andReturn().getResponse()
                .getContentAsString()).contains("At least 8 and at most 256 characters");

        var noCode = changePassword(account, PASSWORD, "", "kettle9x");
        assertThat(noCode.getContentAsString()).contains("That code is not right");
        assertThat(hasPassword(account, PASSWORD)).isTrue();

        var done = changePassword(account, PASSWORD, SecondFactorSignInTests.code(secret, 0), "kettle9x");
        assertThat(done.getRedirectedUrl()).isEqualTo("/account");
        assertThat(hasPassword(account, "kettle9x")).isTrue();
    }

    @Test
    void staffSetUpTwoStepSignInFromTheirAccountPage() throws Exception {
        var account = accounts.createStaff("volunteer", "Volunteer", Role.CLINICIAN, PASSWORD);
        var session = new MockHttpSession();
        var refused = mvc.perform(post("/account/mfa").session(session).with(user(as(account))).with(csrf())
                .param("currentPassword", "wrong")).andReturn().getResponse();
        assertThat(refused.getContentAsString()).contains("That is not your current password");

        var started = mvc.perform(post("/account/mfa").session(session).with(user(as(account))).with(csrf())
                .param("currentPassword", PASSWORD)).andReturn().getResponse();
        assertThat(started.getRedirectedUrl()).isEqualTo("/account/mfa/enrol");
        String page = mvc.perform(get("/account/mfa/enrol").session(session).with(user(as(account)))).andReturn()
                .getResponse().getContentAsString();
        var secret = RequiredSecondFactorTests.SECRET.matcher(page);
        assertThat(secret.find()).isTrue();

        String codes = mvc.perform(post("/account/mfa/enrol").session(session).with(user(as(account))).with(csrf())
                .param("code", SecondFactorSignInTests.code(secret.group(1).replace(" ", ""), 0))).andReturn().getResponse()
                .getContentAsString();
        assertThat(Pattern.compile("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}").matcher(codes).results()).hasSize(10);
        assertThat(secondFactors.enrolled(account.id())).isTrue();
        assertThat(audited("account volunteer: mfa enrolled")).isEqualTo(1);
    }

    @Test
    void renewingRecoveryCodesAndTurningTwoStepSignInOffNeedTheCode() throws Exception {
        String secret = SecondFactorSignInTests.enrol(accounts, enrolments, "careful");
        var account = repository.findByUsername("careful").orElseThrow();
        String noCode = mvc.perform(post("/account/mfa/recovery-codes").with(user(as(account))).with(csrf())
                .param("currentPassword", PASSWORD).param("code", "")).andReturn().getResponse().getContentAsString();
        assertThat(noCode).contains("That code is not right");
        String renewed = mvc.perform(post("/account/mfa/recovery-codes").with(user(as(account))).with(csrf())
                .param("currentPassword", PASSWORD).param("code", SecondFactorSignInTests.code(secret, 0)))
                .andReturn().getResponse().getContentAsString();
        assertThat(renewed).contains("id=\"recovery-codes\"");
        assertThat(secondFactors.recoveryCodesLeft(account.id())).isEqualTo(10);

        var off = mvc.perform(post("/account/mfa/remove").with(user(as(account))).with(csrf())
                .param("currentPassword", PASSWORD).param("code", SecondFactorSignInTests.code(secret, 1)))
                .andReturn().getResponse();
        assertThat(off.getRedirectedUrl()).isEqualTo("/account");
        assertThat(secondFactors.enrolled(account.id())).isFalse();
        assertThat(audited("account careful: recovery codes renewed")).isEqualTo(1);
        assertThat(audited("account careful: mfa removed")).isEqualTo(1);
    }

    @Test
    void anAdminResetsALostSecondFactor() throws Exception {
        SecondFactorSignInTests.enrol(accounts, enrolments, "dropped.phone");
        var account = repository.findByUsername("dropped.phone").orElseThrow();
        var admin = accounts.createStaff("boss", "Boss", Role.ADMIN, PASSWORD);
        assertThat(mvc.perform(get("/admin/users").with(user(as(admin)))).andReturn().getResponse()
                .getContentAsString()).contains("Reset two-step sign-in of dropped.phone");
        var reset = mvc.perform(post("/admin/users/" + account.id() + "/mfa/reset").with(user(as(admin)))
                .with(csrf())).andReturn().getResponse();
        assertThat(reset.getRedirectedUrl()).isEqualTo("/admin/users");
        assertThat(secondFactors.enrolled(account.id())).isFalse();
        assertThat(jdbc.sql("SELECT username FROM audit_entries WHERE target = 'account dropped.phone: mfa reset'")
                .query(String.class).single()).isEqualTo("boss");
    }

    @Test
    void theAccountPageShowsTheRulesAndOffersSetUpToStaffOnly() throws Exception {
        var staff = accounts.createStaff("shown", "Shown", Role.BILLING, PASSWORD);
        String page = mvc.perform(get("/account").with(user(as(staff)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("At least 15 and at most 256 characters").contains("Set up two-step sign-in");
        var patient = accounts.createPortalLogin("portal.only", "Portal", UUID.randomUUID(), PASSWORD);
        String patientPage = mvc.perform(get("/account").with(user(as(patient)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(patientPage).contains("Change your password").doesNotContain("Set up two-step sign-in");
    }
}
