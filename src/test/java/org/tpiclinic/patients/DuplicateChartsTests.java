package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.ConflictException;
import org.tpiclinic.shared.ForbiddenException;

/** Merging a duplicate chart: nothing deleted, entries moved, the merged chart marked and both audited. */
@SpringBootTest
@AutoConfigureMockMvc
class DuplicateChartsTests {

    static final CurrentUser DESK = new CurrentUser(UUID.randomUUID(), "desk", "Desk", Role.FRONT_DESK, null);
    static final CurrentUser BILLING = new CurrentUser(UUID.randomUUID(), "bill", "Bill", Role.BILLING, null);

    @Autowired
    DuplicateCharts duplicates;
    @Autowired
    PatientRegistry registry;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    Patient chart(String family, String email) {
        return registry.register(DESK, new PatientDetails("Rosa", family, null, LocalDate.of(1975, 4, 2),
                Sex.FEMALE, "(631) 555-0188", email, null, null, null, null, null, null, null), true).registered();
    }

    long audited(UUID patientId, String like) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ? AND target LIKE ?")
                .params(patientId, like).query(Long.class).single();
    }

    @Test
    void mergingMovesTheEntriesMarksTheDuplicateAndKeepsItsAuditTrail() {
        String family = "Merge" + UUID.randomUUID().toString().substring(0, 8);
        var survivor = chart(family, "rosa@example.com");
        var duplicate = chart(family, "rosa.new@example.com");
        registry.addCondition(DESK, duplicate.id(), ConditionKind.DIABETES, "type 2");
        registry.chart(DESK, duplicate.id()); // an audited read under the duplicate's id
        long entriesBefore = jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ?")
                .param(duplicate.id()).query(Long.class).single();

        var merge = duplicates.merge(DESK, duplicate.id(), survivor.id(), "Same person, new email address");

        assertThat(merge.survivorMrn()).isEqualTo(survivor.mrn());
        assertThat(registry.chart(DESK, survivor.id()).activeConditions()).extracting(Condition::kind)
                .containsExactly(ConditionKind.DIABETES);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM patients WHERE id = ?").param(duplicate.id())
                .query(Long.class).single()).as("never deleted").isEqualTo(1);
        assertThat(duplicates.survivorOf(duplicate.id())).isEqualTo(survivor.id());
        assertThat(duplicates.mergedInto(survivor.id())).extracting(DuplicateCharts.Merge::mergedId)
                .containsExactly(duplicate.id());
        assertThat(audited(duplicate.id(), "chart merged into " + survivor.mrn() + "%")).isEqualTo(1);
        assertThat(audited(survivor.id(), "chart " + duplicate.mrn() + " merged in%")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE patient_id = ?").param(duplicate.id())
                .query(Long.class).single()).as("earlier entries kept").isGreaterThan(entriesBefore);
        assertThat(registry.search(DESK, family)).extracting(Patient::id).containsExactly(survivor.id());
        assertThat(duplicates.sameNameAndBirthDate(DESK, "Rosa", family, LocalDate.of(1975, 4, 2)))
                .extracting(Patient::id).containsExactly(survivor.id());
        assertThatThrownBy(() -> registry.addCondition(DESK, duplicate.id(), ConditionKind.PREGNANCY, null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("merged");
    }

    @Test
    void aMergeIsRefusedWithoutAReasonForItselfTwiceAndForBilling() {
        String family = "Refuse" + UUID.randomUUID().toString().substring(0, 8);
        var a = chart(family, null);
        var b = chart(family, null);
        var c = chart(family, null);
        assertThatThrownBy(() -> duplicates.merge(DESK, b.id(), a.id(), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> duplicates.merge(DESK, a.id(), a.id(), "same"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> duplicates.merge(BILLING, b.id(), a.id(), "same"))
                .isInstanceOf(ForbiddenException.class);
        duplicates.merge(DESK, b.id(), a.id(), "same person");
        assertThatThrownBy(() -> duplicates.merge(DESK, b.id(), c.id(), "again"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("already merged");
        assertThatThrownBy(() -> duplicates.merge(DESK, c.id(), b.id(), "into a merged one"))
                .isInstanceOf(ConflictException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM patient_merges WHERE survivor_id IN (?, ?, ?)")
                .params(a.id(), b.id(), c.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theFrontDeskMergesFromTheChartAfterSeeingBothSideBySide() throws Exception {
        String family = "Page" + UUID.randomUUID().toString().substring(0, 8);
        var survivor = chart(family, "keep@example.com");
        var duplicate = chart(family, "dupe@example.com");
        var desk = ClinicUser.of(DESK);
        assertThat(mvc.perform(get("/patients/" + survivor.id()).with(user(desk))).andReturn().getResponse()
                .getContentAsString()).contains("Merge a duplicate chart into this one");

        var preview = mvc.perform(get("/patients/" + survivor.id() + "/merge").param("mrn", duplicate.mrn())
                .with(user(desk))).andReturn().getResponse().getContentAsString();
        assertThat(preview).contains("This chart stays").contains("This chart is merged into it")
                .contains("keep@example.com").contains("dupe@example.com")
                .contains("Merge " + duplicate.mrn() + " into " + survivor.mrn());
        var unknown = mvc.perform(get("/patients/" + survivor.id() + "/merge").param("mrn", "nope")
                .with(user(desk))).andReturn().getResponse();
        assertThat(unknown.getStatus()).isEqualTo(400);
        assertThat(unknown.getContentAsString()).contains("No chart has this MRN");

        var noReason = mvc.perform(post("/patients/" + survivor.id() + "/merge").with(user(desk)).with(csrf())
                .param("duplicateId", duplicate.id().toString())).andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(400);
        assertThat(noReason.getContentAsString()).contains("id=\"reason-error\"");
        assertThat(duplicates.survivorOf(duplicate.id())).isEqualTo(duplicate.id());

        var done = mvc.perform(post("/patients/" + survivor.id() + "/merge").with(user(desk)).with(csrf())
                .param("duplicateId", duplicate.id().toString()).param("reason", "Same person"))
                .andReturn().getResponse();
        assertThat(done.getRedirectedUrl()).isEqualTo("/patients/" + survivor.id());
        assertThat(mvc.perform(get("/patients/" + duplicate.id()).with(user(desk))).andReturn().getResponse()
                .getContentAsString()).contains("This chart was merged into " + survivor.mrn())
                .contains("Open chart " + survivor.mrn());
        assertThat(mvc.perform(get("/patients/" + survivor.id()).with(user(desk))).andReturn().getResponse()
                .getContentAsString()).contains("Charts merged into this one:").contains(duplicate.mrn());
        var billing = ClinicUser.of(BILLING);
        assertThat(mvc.perform(get("/patients/" + survivor.id() + "/merge").with(user(billing))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
    }
}
