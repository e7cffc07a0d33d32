package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.shared.Kilograms;

/**
 * What a patient sees of their own chart. Every role against every route (patient routes included, aimed at
 * someone else's patient, 403 and no name shown) is {@code security.RouteAccessMatrixTests}, generated from the
 * mapped routes.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PatientAccessMatrixTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    PatientRegistry registry;

    UUID own;
    UUID other;

    @BeforeAll
    void twoPatients() {
        var system = CurrentUser.system("test");
        own = registry.register(system, details("Owen", "Matrixown"), true).registered().id();
        other = registry.register(system, details("Otto", "Matrixtarget"), true).registered().id();
    }

    static PatientDetails details(String given, String family) {
        return new PatientDetails(given, family, null, LocalDate.of(1970, 7, 7), Sex.MALE, null, null, null, null,
                null, null, "English", Kilograms.of("80"), LocalDate.of(2026, 1, 1));
    }

    ClinicUser as(Role role) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase(), role.name(), role,
                role == Role.PATIENT ? own : null));
    }

    @org.junit.jupiter.api.Test
    void aPatientOpensTheirOwnChart() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/patients/" + own).with(user(as(Role.PATIENT))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Matrixown").doesNotContain("Add allergy");
        var theirs = mvc.perform(MockMvcRequestBuilders.get("/patients/" + other).with(user(as(Role.PATIENT))))
                .andReturn().getResponse();
        assertThat(theirs.getStatus()).isEqualTo(403);
        assertThat(theirs.getContentAsString()).doesNotContain("Matrixtarget");
    }

}
