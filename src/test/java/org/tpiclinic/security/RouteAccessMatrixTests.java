package org.tpiclinic.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tpiclinic.identity.Role;
import org.tpiclinic.security.MappedRoutes.Route;

/**
 * Who may reach what, for every route Spring MVC maps (read from {@link RequestMappingHandlerMapping}, never a
 * hand list) and every role, including someone who is not signed in. {@link #ACCESS} is the policy: a new
 * route without a line there fails {@link #everyMappedRouteHasAnExpectedAccessLine()} by name, so no route goes
 * unchecked. Requests carry real ids of the demo practice and plausible form values, so a refusal is about who
 * asks, not about what they sent; a patient is also sent at another patient's records.
 */
@SpringBootTest(properties = { "tpi.demo.enabled=true", "tpi.demo.patients=12" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RouteAccessMatrixTests {

    /**
     * The expected outcome per role, in the order anonymous, PATIENT, FRONT_DESK, CLINICIAN, BILLING, ADMIN:
     * {@code A} allowed (the handler answers: 2xx, 3xx other than to sign-in, 400, 404, 409, 410),
     * {@code F} refused with 403, {@code L} sent to sign in, {@code O} a patient allowed on their own record
     * and refused (403 or 404, nothing of the other patient shown) on another patient's.
     */
    static final Map<String, String> ACCESS = table(
            // route                                                      anon PAT DESK CLIN BILL ADMIN
            "GET /",                                                      "A A A A A A",
            "GET /error",                                                 "A A A A A A",
            "POST /error",                                                "A A A A A A",
            "GET /login",                                                 "A A A A A A",
            "GET /start",                                                 "L A A A A A",
            "GET /account",                                               "L A A A A A",
            "POST /account/password",                                     "L A A A A A",
            "GET /account/mfa/enrol",                                     "L F A A A A",
            "POST /account/mfa",                                          "L F A A A A",
            "POST /account/mfa/enrol",                                    "L F A A A A",
            "POST /account/mfa/recovery-codes",                           "L F A A A A",
            "POST /account/mfa/remove",                                   "L F A A A A",
            // The second step of sign-in is public, but without a pending sign-in it sends the browser to /login
            "GET /login/mfa",                                             "L L L L L L",
            "POST /login/mfa",                                            "L L L L L L",
            "GET /login/mfa/enrol",                                       "L L L L L L",
            "POST /login/mfa/enrol",                                      "L L L L L L",
            "POST /login/mfa/continue",                                   "L L L L L L",
            "GET /atlas",                                                 "L F A A A A",
            "GET /findings",                                              "L F F A F F",

            "GET /admin/appointment-types",                               "L F F F F A",
            "GET /admin/appointment-types/{typeId}",                      "L F F F F A",
            "POST /admin/appointment-types/{typeId}",                     "L F F F F A",
            "GET /admin/appointment-types/new",                           "L F F F F A",
            "POST /admin/appointment-types",                              "L F F F F A",
            "GET /admin/audit",                                           "L F F F F A",
            "GET /admin/audit/export",                                    "L F F F F A",
            "POST /admin/audit/verify",                                   "L F F F F A",
            "GET /admin/clinicians",                                      "L F F F F A",
            "POST /admin/clinicians",                                     "L F F F F A",
            "GET /admin/clinicians/{clinicianId}",                        "L F F F F A",
            "POST /admin/clinicians/{clinicianId}/breaks",                "L F F F F A",
            "POST /admin/clinicians/{clinicianId}/entries/{entryId}/remove", "L F F F F A",
            "POST /admin/clinicians/{clinicianId}/exceptions",            "L F F F F A",
            "POST /admin/clinicians/{clinicianId}/hours",                 "L F F F F A",
            "POST /admin/clinicians/{clinicianId}/types",                 "L F F F F A",
            "GET /admin/consent-templates",                               "L F F F F A",
            "POST /admin/consent-templates",                              "L F F F F A",
            "GET /admin/formulary",                                       "L F F A F A",
            "POST /admin/formulary/agents/{agentCode}",                   "L F F F F A",
            "POST /admin/formulary/policies/{policyCode}",                "L F F F F A",
            "POST /admin/formulary/warning",                              "L F F F F A",
            "GET /admin/locations",                                       "L F F F F A",
            "POST /admin/locations",                                      "L F F F F A",
            "GET /admin/locations/{locationId}",                          "L F F F F A",
            "POST /admin/locations/{locationId}",                         "L F F F F A",
            "GET /admin/outbox",                                          "L F F F F A",
            "GET /admin/outbox/{id}",                                     "L F F F F A",
            "GET /admin/outbox/{id}/invitation.ics",                      "L F F F F A",
            "GET /admin/screening-rules",                                 "L F F F F A",
            "POST /admin/screening-rules/{rule}",                         "L F F F F A",
            "GET /admin/users",                                           "L F F F F A",
            "POST /admin/users",                                          "L F F F F A",
            "POST /admin/users/{id}/disable",                             "L F F F F A",
            "POST /admin/users/{id}/enable",                              "L F F F F A",
            "POST /admin/users/{id}/password",                            "L F F F F A",
            "POST /admin/users/{id}/role",                                "L F F F F A",
            "POST /admin/users/{id}/mfa/reset",                           "L F F F F A",

            "GET /billing",                                               "L F F F A A",
            "GET /billing/claims/{sessionId}",                            "L F F F A A",
            "POST /billing/claims/{sessionId}/correct",                   "L F F F A A",
            "POST /billing/claims/{sessionId}/exported",                  "L F F F A A",
            "GET /billing/claims/{sessionId}/superbill.pdf",              "L F F F A A",
            "GET /billing/export",                                        "L F F F A A",
            "GET /billing/export.csv",                                    "L F F F A A",

            "GET /book",                                                  "A A A A A A",
            "POST /book",                                                 "A A A A A A",
            "GET /book/confirm/{token}",                                  "A A A A A A",
            "POST /book/confirm/{token}",                                 "A A A A A A",
            "GET /book/confirm/{token}/appointment.ics",                  "A A A A A A",
            "POST /book/confirm/{token}/intake",                          "A A A A A A",
            "POST /book/self",                                            "L A F F F F",
            "GET /book/sent",                                             "A A A A A A",
            "GET /intake/{token}",                                        "A A A A A A",
            "POST /intake/{token}",                                       "A A A A A A",
            "POST /intake/{token}/care",                                  "A A A A A A",
            "POST /intake/{token}/safety",                                "A A A A A A",
            "POST /intake/{token}/visit",                                 "A A A A A A",
            "GET /intake/{token}/pain-drawing",                           "A A A A A A",
            "POST /intake/{token}/pain-drawing",                          "A A A A A A",
            "GET /waitlist/offers/{token}",                               "A A A A A A",
            "POST /waitlist/offers/{token}",                              "A A A A A A",

            "GET /my/appointments",                                       "L A F F F F",
            "POST /my/appointments/{id}/cancel",                          "L O F F F F",
            "GET /my/appointments/{id}/cancel",                           "L O F F F F",
            "GET /my/appointments/{id}/reschedule",                       "L O F F F F",
            "POST /my/appointments/{id}/reschedule",                      "L O F F F F",
            "GET /my/waitlist",                                           "L A F F F F",
            "POST /my/waitlist",                                          "L A F F F F",
            "POST /my/waitlist/{id}/withdraw",                            "L O F F F F",
            "GET /my/pain-drawing",                                       "L A F F F F",
            "GET /my/aftercare",                                          "L A F F F F",
            "GET /my/aftercare/{id}",                                     "L O F F F F",
            "GET /my/aftercare/{id}/plan.pdf",                            "L O F F F F",
            "POST /my/aftercare/{id}/follow-up",                          "L O F F F F",
            "GET /my/aftercare/check-ins/{id}",                           "L O F F F F",
            "POST /my/aftercare/check-ins/{id}",                          "L O F F F F",
            // the check-in link acts as the patient of that one check-in; an unknown link is a plain 404 page
            "GET /check-in/{token}",                                      "A A A A A A",
            "POST /check-in/{token}",                                     "A A A A A A",
            "GET /aftercare/worklist",                                    "L F A A F A",
            "POST /aftercare/worklist/{id}/handled",                      "L F A A F A",
            "GET /admin/aftercare",                                       "L F F F F A",
            "POST /admin/aftercare/{language}/{section}",                 "L F F F F A",
            "GET /my/outcomes",                                           "L A F F F F",
            "POST /my/outcomes",                                          "L A F F F F",
            "GET /outcomes",                                              "L F F A F A",
            "GET /outcomes.csv",                                          "L F F A F A",
            "GET /outcomes/follow-up/{token}",                            "A A A A A A",
            "POST /outcomes/follow-up/{token}",                           "A A A A A A",
            "GET /patients/{patientId}/outcomes",                         "L F F A F A",
            "GET /patients/{patientId}/outcomes/summary",                 "L F F A F A",
            "GET /patients/{patientId}/outcomes.pdf",                     "L F F A F A",
            "POST /my/pain-drawing",                                      "L A F F F F",

            "GET /patients",                                              "L F A A A A",
            "POST /patients",                                             "L F A A F A",
            "GET /patients/new",                                          "L F A A F A",
            "GET /patients/{patientId}",                                  "L O A A A A",
            "POST /patients/{patientId}",                                 "L F A A F A",
            "GET /patients/{patientId}/edit",                             "L F A A F A",
            "POST /patients/{patientId}/allergies",                       "L F A A F A",
            "POST /patients/{patientId}/allergies/none",                  "L F A A F A",
            "POST /patients/{patientId}/conditions",                      "L F A A F A",
            "POST /patients/{patientId}/medications",                     "L F A A F A",
            "POST /patients/{patientId}/{kind}/{entryId}/void",           "L F F A F F",
            "GET /patients/{patientId}/consent",                          "L O A A A A",
            "POST /patients/{patientId}/consent",                         "L O F A F F",
            "GET /patients/{patientId}/consent/{consentId}.pdf",          "L O A A A A",
            "POST /patients/{patientId}/consent/{consentId}/withdraw",    "L O A A F A",
            "GET /patients/{patientId}/intake",                           "L O A A A A",
            "POST /patients/{patientId}/intake",                          "L O A A F A",
            "POST /patients/{patientId}/intake/care",                     "L O A A F A",
            "POST /patients/{patientId}/intake/proposals/{proposalId}/accept", "L F A A F A",
            "POST /patients/{patientId}/intake/safety",                   "L O A A F A",
            "POST /patients/{patientId}/intake/visit",                    "L O A A F A",
            "GET /patients/{patientId}/screening",                        "L F A A A A",
            "POST /patients/{patientId}/screening",                       "L F F A F F",
            "GET /patients/{patientId}/assessment",                       "L F A A A A",
            "GET /patients/{patientId}/assessment/summary",               "L F A A A A",
            "GET /patients/{patientId}/assessment/pdf",                   "L F F A F F",
            "GET /patients/{patientId}/drawings/new",                     "L F A A F A",
            "POST /patients/{patientId}/drawings",                        "L F A A F A",
            "GET /patients/{patientId}/findings/new",                     "L F F A F F",
            "POST /patients/{patientId}/findings",                        "L F F A F F",
            "POST /patients/{patientId}/findings/carry-over",             "L F F A F F",
            "GET /patients/{patientId}/sessions",                         "L F A A A A",
            "POST /patients/{patientId}/sessions",                        "L F F A F F",
            "GET /patients/{patientId}/sessions/{sessionId}",             "L F A A A A",
            "POST /patients/{patientId}/sessions/{sessionId}",            "L F F A F F",
            "POST /patients/{patientId}/sessions/{sessionId}/sign",       "L F F A F F",
            "GET /patients/{patientId}/sessions/{sessionId}/note",        "L F A A A A",
            "GET /patients/{patientId}/sessions/{sessionId}/note.pdf",    "L F A A A A",
            "POST /patients/{patientId}/sessions/{sessionId}/addenda",    "L F F A F F",
            "GET /patients/{patientId}/merge",                            "L F A A F A",
            "POST /patients/{patientId}/merge",                           "L F A A F A",

            "GET /schedule",                                              "L F A A A A",
            "POST /schedule/appointments",                                "L F A A F A",
            "GET /schedule/appointments/{id}",                            "L F A A A A",
            "POST /schedule/appointments/{id}/cancel",                    "L F A A F A",
            "POST /schedule/appointments/{id}/check-in",                  "L F A A F A",
            "POST /schedule/appointments/{id}/complete",                  "L F A A F A",
            "POST /schedule/appointments/{id}/no-show",                   "L F A A F A",
            "POST /schedule/appointments/{id}/reopen",                    "L F A A F A",
            "POST /schedule/appointments/{id}/reschedule",                "L F A A F A",
            "GET /schedule/book",                                         "L F A A F A",
            "GET /schedule/online-requests",                              "L F A A A A",
            "POST /schedule/online-requests/{id}/approve",                "L F A A F A",
            "POST /schedule/online-requests/{id}/decline",                "L F A A F A",
            "POST /schedule/online-requests/{id}/link",                   "L F A A F A",
            "POST /schedule/online-requests/{id}/new-chart",              "L F A A F A",
            "GET /schedule/waitlist",                                     "L F A A F A",
            "POST /schedule/waitlist",                                    "L F A A F A",
            "GET /schedule/waitlist/new",                                 "L F A A F A",
            "POST /schedule/waitlist/{id}/withdraw",                      "L F A A F A",
            "GET /schedule/{of:clinicians|locations}/{id}/{span:day|week}", "L F A A A A");

    static final List<Role> ROLES = List.of(Role.PATIENT, Role.FRONT_DESK, Role.CLINICIAN, Role.BILLING, Role.ADMIN);

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    RouteFixtures fixtures;

    @BeforeAll
    void records() {
        fixtures = RouteFixtures.of(context);
    }

    static Map<String, String> table(String... keysAndRows) {
        var table = new TreeMap<String, String>();
        for (int i = 0; i < keysAndRows.length; i += 2) {
            String row = keysAndRows[i + 1].replace(" ", "");
            if (row.length() != 6 || !row.matches("[AFLO]+")) {
                throw new IllegalArgumentException("Bad row for " + keysAndRows[i] + ": " + keysAndRows[i + 1]);
            }
            if (table.put(keysAndRows[i], row) != null) {
                throw new IllegalArgumentException("Twice in the table: " + keysAndRows[i]);
            }
        }
        return table;
    }

    @Test
    void everyMappedRouteHasAnExpectedAccessLine() {
        var routes = fixtures.routes();
        var missing = new ArrayList<String>();
        for (Route route : routes) {
            if (!ACCESS.containsKey(route.key())) {
                missing.add("\"" + route.key() + "\" (" + route.where() + ")");
            }
        }
        assertThat(missing).as("Routes without a line in RouteAccessMatrixTests.ACCESS: add one for each, with "
                + "the outcome each role should get (anon PATIENT FRONT_DESK CLINICIAN BILLING ADMIN)").isEmpty();
        var mapped = routes.stream().map(Route::key).toList();
        assertThat(ACCESS.keySet()).as("Lines in ACCESS for routes no longer mapped").allMatch(mapped::contains);
        assertThat(routes).hasSizeGreaterThan(80);
    }

    @TestFactory
    Stream<DynamicTest> eachRoleGetsWhatTheTableSaysOnEveryRoute() {
        return fixtures.routes().stream().filter(r -> ACCESS.containsKey(r.key()))
                .flatMap(route -> {
                    var tests = new ArrayList<DynamicTest>();
                    String row = ACCESS.get(route.key());
                    tests.add(DynamicTest.dynamicTest("anonymous " + route, () -> expect(route, null, row.charAt(0))));
                    for (int i = 0; i < ROLES.size(); i++) {
                        Role role = ROLES.get(i);
                        char expected = row.charAt(i + 1);
                        tests.add(DynamicTest.dynamicTest(role + " " + route, () -> expect(route, role, expected)));
                    }
                    return tests.stream();
                });
    }

    private void expect(Route route, Role role, char expected) throws Exception {
        boolean patient = role == Role.PATIENT;
        var response = perform(route, role, patient);
        String who = (role == null ? "anonymous" : role.name()) + " on " + route + " answered "
                + response.getStatus() + (response.getRedirectedUrl() == null ? "" : " " + response.getRedirectedUrl());
        assertThat(response.getStatus()).as("%s: never a server error", who).isLessThan(500);
        switch (expected) {
        case 'A', 'O' -> assertThat(outcome(response)).as("%s (own record: %s)", who, patient).isEqualTo("allowed");
        case 'F' -> assertThat(outcome(response)).as(who).isEqualTo("403");
        case 'L' -> assertThat(outcome(response)).as(who).isEqualTo("sign-in");
        default -> throw new IllegalStateException();
        }
        if (patient && RouteFixtures.ownable(route.pattern())) {
            var theirs = perform(route, role, false);
            assertThat(theirs.getStatus()).as("PATIENT on another patient's record: %s answered %s", route,
                    theirs.getStatus()).isIn(403, 404);
            assertThat(theirs.getContentAsString()).as("PATIENT on another patient's record: %s", route)
                    .doesNotContain(fixtures.otherFamilyName);
        }
        if (expected != 'A' && expected != 'O') {
            assertThat(response.getContentAsString()).as(who).doesNotContain(fixtures.otherFamilyName);
        }
    }

    static String outcome(MockHttpServletResponse response) {
        if (response.getStatus() == 403) {
            return "403";
        }
        if (response.getStatus() == 401 || response.getStatus() == 302 && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().endsWith("/login")) {
            return "sign-in";
        }
        return "allowed";
    }

    private MockHttpServletResponse perform(Route route, Role role, boolean ownRecord) throws Exception {
        return mvc.perform(fixtures.request(route, role, ownRecord, Map.of())).andReturn().getResponse();
    }
}
