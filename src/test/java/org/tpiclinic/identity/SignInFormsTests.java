package org.tpiclinic.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The sign-in and second-step pages use the product's form fragments: a refusal of the whole form inside the
 * form, a field's error and help text beside the field and named by it, and a secret never echoed back.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SignInFormsTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    MfaEnrolments enrolments;

    @Test
    void aRefusedSignInIsSaidInsideTheFormAboveItsFields() throws Exception {
        for (var refusal : new String[][] { { "error", "", "That username and password do not match" },
                { "paused", "60", "Too many failed sign-ins" } }) {
            String page = mvc.perform(get("/login").param(refusal[0], refusal[1])).andReturn().getResponse()
                    .getContentAsString();
            String form = form(page, "/login");
            assertThat(form).contains(refusal[2]).contains("role=\"alert\"");
            assertThat(form.indexOf(refusal[2])).isLessThan(form.indexOf("id=\"username\""));
            assertThat(form).contains("<label class=\"form-label\" for=\"username\">Username</label>")
                    .contains("autocomplete=\"username\"").contains("autocomplete=\"current-password\"");
        }
        assertThat(form(mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(), "/login"))
                .doesNotContain("role=\"alert\"");
    }

    @Test
    void aWrongCodeIsShownBesideTheFieldWithItsHintAndIsNotEchoed() throws Exception {
        SecondFactorSignInTests.enrol(accounts, enrolments, "form.style");
        var session = new MockHttpSession();
        mvc.perform(post("/login").session(session).with(csrf()).param("username", "form.style")
                .param("password", SecondFactorSignInTests.PASSWORD).with(r -> {
                    r.setRemoteAddr("192.0.2.150");
                    return r;
                }));
        String first = form(mvc.perform(get("/login/mfa").session(session)).andReturn().getResponse()
                .getContentAsString(), "/login/mfa");
        assertThat(first).contains("aria-describedby=\"code-help\"").contains("id=\"code-help\"")
                .doesNotContain("aria-invalid");

        String wrong = form(mvc.perform(post("/login/mfa").session(session).with(csrf()).param("code", "98765x"))
                .andReturn().getResponse().getContentAsString(), "/login/mfa");
        assertThat(wrong).contains("aria-invalid=\"true\"").contains("aria-describedby=\"code-error code-help\"")
                .contains("id=\"code-error\"").contains("That code is not right").contains("id=\"code-help\"")
                .doesNotContain("98765x");
    }

    /** The form posted to {@code action}, from its start tag to its end. */
    private static String form(String page, String action) {
        var matcher = Pattern.compile("<form action=\"" + Pattern.quote(action) + "\".*?</form>", Pattern.DOTALL)
                .matcher(page);
        assertThat(matcher.find()).as("a form posted to " + action).isTrue();
        return matcher.group();
    }
}
