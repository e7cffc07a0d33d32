package org.tpiclinic.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/**
 * Every role against every patient route, aimed at someone else's patient: the server answers 403 wherever the
 * role may not go, and never shows the other patient's name.
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
    UUID otherAllergy;

    /** A route, the roles allowed on it, and how to build the request for a target patient. */
    record Route(String name, java.util.Set<Role> allowed, Function<PatientAccessMatrixTests, MockHttpServletRequestBuilder> request) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final java.util.Set<Role> STAFF = java.util.EnumSet.of(Role.FRONT_DESK, Role.CLINICIAN, Role.BILLING, Role.ADMIN);
    static final java.util.Set<Role> EDITORS = java.util.EnumSet.of(Role.FRONT_DESK, Role.CLINICIAN, Role.ADMIN);

    static List<Route> routes() {
        return List.of(
                new Route("GET /patients?q=", STAFF, t -> MockMvcRequestBuilders.get("/patients").param("q", "Matrix")),
                new Route("GET /patients/new", EDITORS, t -> MockMvcRequestBuilders.get("/patients/new")),
                new Route("POST /patients", EDITORS, t -> MockMvcRequestBuilders.post("/patients")
                        .param("givenName", "New").param("familyName", "Matrixperson").param("dateOfBirth", "1990-01-01")
                        .param("sex", "FEMALE").param("confirmNotDuplicate", "true")),
                new Route("GET /patients/{other}", STAFF, t -> MockMvcRequestBuilders.get("/patients/" + t.other)),
                new Route("GET /patients/{other}/edit", EDITORS, t -> MockMvcRequestBuilders.get("/patients/" + t.other + "/edit")),
                new Route("POST /patients/{other}", EDITORS, t -> MockMvcRequestBuilders.post("/patients/" + t.other)
                        .param("givenName", "Other").param("familyName", "Matrixtarget").param("dateOfBirth", "1970-07-07")
                        .param("sex", "MALE").param("version", "0")),
                new Route("POST /patients/{other}/allergies", EDITORS, t -> MockMvcRequestBuilders
                        .post("/patients/" + t.other + "/allergies").param("substance", "Latex")
                        .param("allergyClass", "LATEX").param("reactionType", "HIVES_OR_RASH").param("severity", "MILD")),
                new Route("POST /patients/{other}/medications", EDITORS, t -> MockMvcRequestBuilders
                        .post("/patients/" + t.other + "/medications").param("drug", "Aspirin")),
                new Route("POST /patients/{other}/conditions", EDITORS, t -> MockMvcRequestBuilders
                        .post("/patients/" + t.other + "/conditions").param("kind", "DIABETES")),
                // screening rules block on allergies: only a clinician voids one
                new Route("POST /patients/{other}/allergies/{id}/void", EnumSet.of(Role.CLINICIAN), t -> MockMvcRequestBuilders
                        .post("/patients/" + t.other + "/allergies/" + t.otherAllergy + "/void").param("reason", "test")),
                new Route("GET /admin/audit?patient={other}", java.util.EnumSet.of(Role.ADMIN),
                        t -> MockMvcRequestBuilders.get("/admin/audit").param("patient", t.other.toString())));
    }

    Stream<Arguments> matrix() {
        var args = new ArrayList<Arguments>();
        for (Role role : Role.values()) {
            for (Route route : routes()) {
                args.add(Arguments.of(role, route));
            }
        }
        return args.stream();
    }

    @BeforeAll
    void twoPatients() {
        var system = CurrentUser.system("test");
        own = registry.register(system, details("Owen", "Matrixown"), true).registered().id();
        other = registry.register(system, details("Otto", "Matrixtarget"), true).registered().id();
        otherAllergy = registry.addAllergy(system, other, "Procaine", AllergyClass.ESTER, ReactionType.SWELLING,
                Severity.MILD).id();
    }

    static PatientDetails details(String given, String family) {
        return new PatientDetails(given, family, null, LocalDate.of(1970, 7, 7), Sex.MALE, null, null, null, null,
                null, null, "English", new BigDecimal("80"), LocalDate.of(2026, 1, 1));
    }

    ClinicUser as(Role role) {
        return ClinicUser.of(new CurrentUser(UUID.randomUUID(), role.name().toLowerCase(), role.name(), role,
                role == Role.PATIENT ? own : null));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("matrix")
    void eachRoleReachesOnlyWhatItMay(Role role, Route route) throws Exception {
        var response = mvc.perform(route.request().apply(this).with(user(as(role))).with(csrf())).andReturn()
                .getResponse();
        if (route.allowed().contains(role)) {
            assertThat(response.getStatus()).as("%s may %s", role, route).isIn(200, 302, 409);
        } else {
            assertThat(response.getStatus()).as("%s may not %s", role, route).isEqualTo(403);
            assertThat(response.getContentAsString()).doesNotContain("Matrixtarget");
        }
    }

    @ParameterizedTest(name = "anonymous {0}")
    @MethodSource("routes")
    void anonymousUsersAreSentToSignIn(Route route) throws Exception {
        var response = mvc.perform(route.request().apply(this).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).endsWith("/login");
    }

    @org.junit.jupiter.api.Test
    void aPatientOpensTheirOwnChart() throws Exception {
        var response = mvc.perform(MockMvcRequestBuilders.get("/patients/" + own).with(user(as(Role.PATIENT))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("Matrixown").doesNotContain("Add allergy");
    }

}
