package org.tpiclinic.audit;

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
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

@SpringBootTest
@AutoConfigureMockMvc
class AuditPagesTests {

    static final ClinicUser ADMIN = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "admin", "Admin", Role.ADMIN,
            null));

    @Autowired
    MockMvc mvc;
    @Autowired
    AuditLog log;

    @Test
    void filtersByPatientAndExportsCsv() throws Exception {
        UUID patient = UUID.randomUUID();
        var actor = new CurrentUser(UUID.randomUUID(), "auditee", "A", Role.CLINICIAN, null);
        log.record(actor, patient, AuditAction.READ, "chart");
        log.record(actor, UUID.randomUUID(), AuditAction.READ, "someone else's chart");

        String html = mvc.perform(get("/admin/audit").param("patient", patient.toString()).with(user(ADMIN)))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("1 entries").contains("auditee").doesNotContain("someone else");

        var csv = mvc.perform(get("/admin/audit/export").param("user", "auditee").param("sort", "seq")
                .param("dir", "asc").with(user(ADMIN))).andReturn().getResponse();
        assertThat(csv.getContentType()).startsWith("text/csv");
        var lines = csv.getContentAsString().lines().toList();
        assertThat(lines.get(0)).startsWith("seq,occurred_at_utc,username");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(2)).contains("\"someone else's chart\"");
    }

    @Test
    void aMalformedFilterIsShownBesideItsFieldNotAsAnError() throws Exception {
        var response = mvc.perform(get("/admin/audit").param("patient", "not-a-uuid").param("from", "31/31/2026")
                .with(user(ADMIN))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("id=\"patient-error\"").contains("id=\"from-error\"");
    }

    @Test
    void sortsByAnyColumnAndIgnoresUnknownOnes() throws Exception {
        for (String column : new String[] { "time", "user", "role", "patient", "action", "target", "address",
                "outcome", "seq", "drop table" }) {
            assertThat(mvc.perform(get("/admin/audit").param("sort", column).param("dir", "asc").with(user(ADMIN)))
                    .andReturn().getResponse().getStatus()).as(column).isEqualTo(200);
        }
    }

    @Test
    void theChainCheckSaysItIsIntact() throws Exception {
        var result = mvc.perform(post("/admin/audit/verify").with(user(ADMIN)).with(csrf())).andReturn();
        assertThat(result.getFlashMap().get("notice")).asString().contains("intact");
    }
}
