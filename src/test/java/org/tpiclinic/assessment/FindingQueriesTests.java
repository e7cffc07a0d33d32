package org.tpiclinic.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;

/**
 * The clinicians' queries page: patients with findings in a muscle or a zone and the findings inside a zone, a
 * page at a time; only clinicians; every query audited; a muscle or zone not on the lists answered beside its field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FindingQueriesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    Assessments assessments;
    @Autowired
    BodyChart chart;

    static ClinicUser as(Role role) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase() + "-q", role.name(), role,
                null));
    }

    UUID patientWithFinding(String family, String muscle, String side, String zone) {
        var details = new PatientDetails("Quinn", family, null, LocalDate.of(1970, 2, 2), Sex.FEMALE, null, null,
                null, null, null, null, "English", Kilograms.of("70"), LocalDate.of(2026, 1, 1));
        UUID id = registry.register(CurrentUser.system("test"), details, true).registered().id();
        var at = chart.zone(zone).orElseThrow();
        assessments.recordFinding(as(Role.CLINICIAN).current(), id, LocalDate.of(2026, 11, 2), new FindingEntry(
                muscle, side, at.view().name(), at.centreX(), at.centreY(), true, true, true, false, false, null));
        return id;
    }

    MockHttpServletResponse ask(ClinicUser who, String... params) throws Exception {
        var request = get("/findings");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request.with(user(who))).andReturn().getResponse();
    }

    long queries(String target) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'QUERY' AND outcome = 'SUCCESS' "
                + "AND target LIKE ?").param(target).query(Long.class).single();
    }

    @Test
    void aClinicianFindsPatientsByMuscleAndByZoneAndTheFindingsInsideTheZone() throws Exception {
        var piriformis = patientWithFinding("Piriform", "PIRIFORMIS", "RIGHT", "BUTTOCK_R");
        var neck = patientWithFinding("Necklace", "SUBOCCIPITALS", "LEFT", "OCCIPUT_L");
        long before = queries("%SOLEUS%");

        String byMuscle = ask(as(Role.CLINICIAN), "muscle", "PIRIFORMIS").getContentAsString();
        assertThat(byMuscle).contains("Patients with findings in Piriformis")
                .contains("/patients/" + piriformis + "/assessment").doesNotContain(neck.toString());

        String byZone = ask(as(Role.CLINICIAN), "zone", "OCCIPUT_L").getContentAsString();
        assertThat(byZone).contains("/patients/" + neck + "/assessment").doesNotContain(piriformis.toString())
                .contains("Findings at").contains("Suboccipital muscles, left").contains("Necklace");
        assertThat(queries("patients with findings in muscle PIRIFORMIS, page 0%")).isPositive();
        assertThat(queries("findings in zone OCCIPUT_L, page 0%")).isPositive();

        String none = ask(as(Role.CLINICIAN), "muscle", "SOLEUS", "page", "3").getContentAsString();
        assertThat(none).contains("None found.");
        assertThat(queries("%SOLEUS%")).isEqualTo(before + 1);
    }

    @Test
    void resultsComeAPageAtATime() throws Exception {
        for (int i = 0; i < FindingQueries.PAGE_SIZE + 1; i++) {
            patientWithFinding("Paged" + i, "GASTROCNEMIUS", "LEFT", "CALF_L");
        }
        var first = ask(as(Role.CLINICIAN), "muscle", "GASTROCNEMIUS").getContentAsString();
        assertThat(first).contains("id=\"by-muscle-next\"");
        int onFirst = first.split("Quinn", -1).length - 1;
        assertThat(onFirst).isEqualTo(FindingQueries.PAGE_SIZE);
        var second = ask(as(Role.CLINICIAN), "muscle", "GASTROCNEMIUS", "page", "1").getContentAsString();
        assertThat(second).contains("Previous page").doesNotContain("id=\"by-muscle-next\"");
        assertThat(second.split("Quinn", -1).length - 1).isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyCliniciansAskAndUnknownMusclesOrZonesAreAnsweredBesideTheField() throws Exception {
        for (Role role : new Role[] { Role.FRONT_DESK, Role.BILLING, Role.ADMIN }) {
            assertThat(ask(as(role), "muscle", "PIRIFORMIS").getStatus()).as(role.name()).isEqualTo(403);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'QUERY' AND outcome <> 'SUCCESS' "
                + "AND target = 'findings queries'").query(Long.class).single()).isGreaterThanOrEqualTo(3);
        var bad = ask(as(Role.CLINICIAN), "muscle", "BICEPS_BRACHII", "zone", "NOWHERE_L");
        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentAsString()).contains("id=\"muscle-error\"").contains("id=\"zone-error\"")
                .doesNotContain("BICEPS_BRACHII\"");
        assertThat(ask(as(Role.CLINICIAN), "page", "-1").getStatus()).isEqualTo(400);
    }
}
