package org.tpiclinic.procedures.formulary.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.procedures.formulary.ClinicFormulary;
import org.tpiclinic.procedures.formulary.PolicyCode;
import org.tpiclinic.shared.Milligrams;

/**
 * The formulary page: what clinicians and admins see, an admin's changes making versions with who and why, bad
 * input answered beside its field with nothing changed, and a stale form answered with 409.
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class FormularyPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ClinicFormulary formulary;

    @Test
    void aClinicianSeesAgentsLimitsSourcesAndPoliciesButNoForms() throws Exception {
        var page = send(get("/admin/formulary"), Role.CLINICIAN);

        assertThat(page.getStatus()).isEqualTo(200);
        var html = page.getContentAsString();
        assertThat(html).contains("Lidocaine 1 % plain", "1 % (10 mg/mL)", "0.25 % (2.5 mg/mL)",
                "4.5 mg/kg, at most 300 mg", "At most 175 mg, whatever the weight", "No limit set",
                "Amide local anesthetic", "Xylocaine MPF US label", "substance: Lidocaine",
                "Minimum interval at the same site",
                formulary.current().policy(PolicyCode.SAME_SITE_MIN_INTERVAL).threshold() + " days",
                "warns from " + formulary.current().warnShare().movePointRight(2).stripTrailingZeros().toPlainString()
                        + " %");
        assertThat(html).doesNotContain("name=\"reason\"");
    }

    @Test
    void anAdminChangesALimitWithAReasonAndTheHistoryShowsWhoAndWhy() throws Exception {
        int before = formulary.version();
        var saved = send(post("/admin/formulary/agents/LIDOCAINE_2").param("basedOnVersion", "" + before)
                .param("perKilogram", "4").param("maximum", "250").param("source", "Clinic pharmacy committee")
                .param("reason", "Lower cap for the 2 % strength"), Role.ADMIN);

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(formulary.version()).isEqualTo(before + 1);
        var limit = formulary.current().agent("LIDOCAINE_2").orElseThrow().limit();
        assertThat(limit.absolute()).isEqualTo(Milligrams.of("250"));
        assertThat(limit.source()).isEqualTo("Clinic pharmacy committee");
        var html = send(get("/admin/formulary"), Role.ADMIN).getContentAsString();
        assertThat(html).contains("Lower cap for the 2 % strength", "admin-user", "LIDOCAINE_2",
                "4 mg/kg, at most 250 mg", "name=\"reason\"");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', textBlock = """
            perKilogram | -1        | Enter a number above 0
            perKilogram | 4.5.1     | Enter a number, such as 4.5
            perKilogram | 250       | That is more than 20
            maximum     | 900000    | That is more than 5000
            maximum     | 0         | Enter a number above 0
            maximum     | 12.34567  | Use at most 3 decimals
            reason      | '   '     | Fill this in
            source      | ''        | Fill this in
            """)
    void badLimitInputIsRefusedBesideItsFieldAndChangesNothing(String field, String value, String message)
            throws Exception {
        int before = formulary.version();
        var values = new java.util.LinkedHashMap<String, String>(java.util.Map.of("perKilogram", "4.5", "maximum",
                "300", "source", "label", "reason", "why"));
        values.put(field, value);
        var request = post("/admin/formulary/agents/LIDOCAINE_1").param("basedOnVersion", "" + before);
        values.forEach(request::param);

        var page = send(request, Role.ADMIN);

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("id=\"" + field + "-problem-LIDOCAINE_1\"", message,
                "aria-describedby=\"" + field + "-problem-LIDOCAINE_1\"");
        assertThat(formulary.version()).isEqualTo(before);
    }

    @Test
    void aChangeMadeAgainstAnOlderVersionIsAConflictAndNothingIsLost() throws Exception {
        int before = formulary.version();
        send(post("/admin/formulary/policies/SAME_SITE_MIN_INTERVAL").param("basedOnVersion", "" + before)
                .param("enabled", "true").param("threshold", "28").param("source", "Clinic policy")
                .param("reason", "Four weeks"), Role.ADMIN);

        var late = send(post("/admin/formulary/policies/SAME_SITE_MIN_INTERVAL")
                .param("basedOnVersion", "" + before).param("enabled", "true").param("threshold", "56")
                .param("source", "Other clinic policy").param("reason", "Eight weeks"), Role.ADMIN);

        assertThat(late.getStatus()).isEqualTo(409);
        assertThat(late.getContentAsString()).contains("Someone changed the formulary", "Eight weeks");
        assertThat(formulary.current().policy(PolicyCode.SAME_SITE_MIN_INTERVAL).threshold()).isEqualTo(28);
        assertThat(formulary.version()).isEqualTo(before + 1);
    }

    @Test
    void policyAndWarningInputIsCheckedAndAPolicyCanBeSwitchedOff() throws Exception {
        int before = formulary.version();
        var bad = send(post("/admin/formulary/policies/STEROID_MAX_PER_YEAR").param("basedOnVersion", "" + before)
                .param("enabled", "true").param("threshold", "1000").param("source", "s").param("reason", "r"),
                Role.ADMIN);
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("Enter a whole number from 1 to 100");
        var badShare = send(post("/admin/formulary/warning").param("basedOnVersion", "" + before)
                .param("percent", "150").param("source", "s").param("reason", "r"), Role.ADMIN);
        assertThat(badShare.getStatus()).isEqualTo(400);
        assertThat(badShare.getContentAsString()).contains("id=\"percent-problem\"", "That is more than 100");
        var stale = send(post("/admin/formulary/warning").param("basedOnVersion", "zero")
                .param("percent", "75").param("source", "s").param("reason", "r"), Role.ADMIN);
        assertThat(stale.getStatus()).isEqualTo(400);
        assertThat(formulary.version()).isEqualTo(before);

        var off = send(post("/admin/formulary/policies/REPEAT_WITHOUT_RELIEF").param("basedOnVersion", "" + before)
                .param("source", "ACEP").param("reason", "We document relief elsewhere"), Role.ADMIN);
        assertThat(off.getStatus()).isEqualTo(302);
        assertThat(formulary.current().policy(PolicyCode.REPEAT_WITHOUT_RELIEF).enabled()).isFalse();
        var share = send(post("/admin/formulary/warning").param("basedOnVersion", "" + (before + 1))
                .param("percent", "75").param("source", "Clinic policy").param("reason", "Earlier warning"),
                Role.ADMIN);
        assertThat(share.getStatus()).isEqualTo(302);
        assertThat(formulary.current().warnShare()).isEqualByComparingTo("0.75");
    }

    @Test
    void onlyAnAdminChangesAndUnknownCodesAreNotFound() throws Exception {
        int before = formulary.version();
        var change = post("/admin/formulary/agents/LIDOCAINE_1").param("basedOnVersion", "" + before)
                .param("maximum", "100").param("source", "s").param("reason", "r");
        assertThat(send(change, Role.CLINICIAN).getStatus()).isEqualTo(403);
        assertThat(send(get("/admin/formulary"), Role.FRONT_DESK).getStatus()).isEqualTo(403);
        assertThat(send(post("/admin/formulary/agents/NO_SUCH").param("basedOnVersion", "" + before)
                .param("source", "s").param("reason", "r"), Role.ADMIN).getStatus()).isEqualTo(404);
        assertThat(send(post("/admin/formulary/policies/NO_SUCH").param("basedOnVersion", "" + before)
                .param("source", "s").param("reason", "r"), Role.ADMIN).getStatus()).isEqualTo(404);
        assertThat(formulary.version()).isEqualTo(before);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role) throws Exception {
        var me = new CurrentUser(UUID.randomUUID(), role == Role.ADMIN ? "admin-user" : "someone", "Some One", role,
                null);
        return mvc.perform(request.with(user(ClinicUser.of(me))).with(csrf())).andReturn().getResponse();
    }
}
