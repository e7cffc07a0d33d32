package org.tpiclinic.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tpiclinic.aftercare.AftercareFixture;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.AllergyClass;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.ReactionType;
import org.tpiclinic.patients.Severity;
import org.tpiclinic.security.MappedRoutes.Input;
import org.tpiclinic.security.MappedRoutes.Route;
import org.tpiclinic.waitlist.Waitlist;
import org.tpiclinic.waitlist.WaitlistRequest;
import org.tpiclinic.screening.Agent;
import org.tpiclinic.screening.ConsentFixtures;
import org.tpiclinic.screening.Consents;
import org.tpiclinic.screening.IntakeLinks;
import org.tpiclinic.screening.PlannedTreatment;
import org.tpiclinic.screening.TestSites;
import org.tpiclinic.screening.Screening;

/**
 * Real records of the demo practice for the route tests: two patients who each have an appointment, a waitlist
 * entry, an allergy and a signed consent, so a probe with someone else's ids reaches a record that exists.
 * {@link #ids(boolean)} gives each path variable a value, the patient's own or the other patient's;
 * {@link #routes()} is every route the application maps and {@link #request} a request to one of them, which
 * the access matrix and the hostile-input test both send.
 */
final class RouteFixtures {

    final UUID own;
    final UUID other;
    final String otherFamilyName;
    private final Map<String, String> ownIds = new HashMap<>();
    private final Map<String, String> otherIds = new HashMap<>();
    private final Map<Role, ClinicUser> users = new HashMap<>();

    private final String intakeToken;
    private List<Route> routes = List.of();

    /** The fixtures over the beans of a test's application context. */
    static RouteFixtures of(ApplicationContext context) {
        var fixtures = new RouteFixtures(context, context.getBean(JdbcClient.class), context.getBean(PatientRegistry.class),
                context.getBean(Waitlist.class), context.getBean(Consents.class), context.getBean(IntakeLinks.class),
                context.getBean(Screening.class));
        fixtures.signedSessions(context, context.getBean(JdbcClient.class));
        fixtures.routes = MappedRoutes.all(context.getBean("requestMappingHandlerMapping",
                RequestMappingHandlerMapping.class));
        return fixtures;
    }

    /** Every route Spring MVC maps, once per method, sorted ({@link MappedRoutes#all}). */
    List<Route> routes() {
        return routes;
    }

    /**
     * A request to {@code route} with a plausible value in every path variable and input, about the patient's own
     * record or the other patient's, sent by {@code role} (null: nobody signed in). {@code replaced} gives a value
     * of its own to the named input, or to a path variable named in braces ({@code "{id}"}), sent as it is.
     */
    MockHttpServletRequestBuilder request(Route route, Role role, boolean ownRecord, Map<String, String> replaced) {
        var values = new HashMap<String, String>();
        for (String variable : MappedRoutes.pathVariables(route.pattern())) {
            values.put(variable, replaced.containsKey("{" + variable + "}") ? replaced.get("{" + variable + "}")
                    : pathValue(route.pattern(), variable, ownRecord));
        }
        var request = MockMvcRequestBuilders.request(route.method().asHttpMethod(),
                URI.create(MappedRoutes.expand(route.pattern(), values))).with(csrf());
        for (Input input : MappedRoutes.inputs(route)) {
            request.param(input.name(), replaced.containsKey(input.name()) ? replaced.get(input.name())
                    : MappedRoutes.plausible(route, input, ids(ownRecord)));
        }
        if (role != null) {
            request.with(SecurityMockMvcRequestPostProcessors.user(users.get(role)));
        }
        return request;
    }

    /**
     * A signed session of each patient, coded by billing (published as procedures does, inside a transaction),
     * for the billing routes' {@code sessionId}.
     */
    private void signedSessions(ApplicationContext context, JdbcClient jdbc) {
        var transactions = context.getBean(org.springframework.transaction.support.TransactionTemplate.class);
        var clinician = jdbc.sql("SELECT id FROM clinicians ORDER BY id").query(UUID.class).list().get(0);
        for (var ids : List.of(ownIds, otherIds)) {
            UUID patient = ids == ownIds ? own : other;
            var signed = new org.tpiclinic.procedures.InjectionSessionSigned(
                    org.tpiclinic.procedures.SessionId.of(UUID.randomUUID()), org.tpiclinic.shared.PatientId.of(patient),
                    org.tpiclinic.shared.ClinicianId.of(clinician), null, null, LocalDate.now(),
                    java.time.Instant.now(), List.of(new org.tpiclinic.procedures.InjectionSessionSigned.TreatedSite(
                            new org.tpiclinic.assessment.BodySite("UPPER_TRAPEZIUS", org.tpiclinic.assessment.Side.LEFT),
                            org.tpiclinic.procedures.Technique.INJECTION)),
                    List.of(), List.of("M79.18"), 6, 2);
            transactions.executeWithoutResult(tx -> context.publishEvent(signed));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc
                    .sql("SELECT COUNT(*) FROM billing_claims WHERE session_id = ?").param(signed.sessionId().value())
                    .query(Long.class).single() == 1);
            ids.put("sessionId", signed.sessionId().toString());
        }
    }

    private RouteFixtures(org.springframework.context.ApplicationContext context, JdbcClient jdbc, PatientRegistry registry, Waitlist waitlist, Consents consents,
            IntakeLinks intakeLinks, Screening screening) {
        var patients = jdbc.sql("SELECT patient_id FROM appointments WHERE status = 'BOOKED' GROUP BY patient_id "
                + "ORDER BY patient_id").query(UUID.class).list();
        own = patients.get(0);
        other = patients.get(1);
        otherFamilyName = jdbc.sql("SELECT family_name FROM patients WHERE id = ?").param(other).query(String.class)
                .single();
        var system = CurrentUser.system("route-fixtures");
        var clinician = jdbc.sql("SELECT id FROM clinicians ORDER BY id").query(UUID.class).list().get(0);
        var location = jdbc.sql("SELECT id FROM locations ORDER BY id").query(UUID.class).list().get(0);
        var type = jdbc.sql("SELECT id FROM appointment_types ORDER BY id").query(UUID.class).list().get(0);
        var outbox = jdbc.sql("SELECT id FROM outbox_messages ORDER BY id").query(UUID.class).list().stream().findFirst()
                .orElse(UUID.randomUUID());
        for (var ids : List.of(ownIds, otherIds)) {
            UUID patient = ids == ownIds ? own : other;
            ids.put("patientId", patient.toString());
            ids.put("clinicianId", clinician.toString());
            ids.put("locationId", location.toString());
            ids.put("typeId", type.toString());
            ids.put("appointment", jdbc.sql("SELECT id FROM appointments WHERE patient_id = ? AND status = 'BOOKED' "
                    + "ORDER BY start_at").param(patient).query(UUID.class).list().get(0).toString());
            ids.put("waitlist", jdbc.sql("SELECT id FROM waitlist_entries WHERE patient_id = ? AND status = 'WAITING'")
                    .param(patient).query(UUID.class).list().stream().findFirst()
                    .orElseGet(() -> waitlist.add(system, patient, new WaitlistRequest(type, null, null, List.of(),
                            LocalDate.now(), LocalDate.now().plusDays(30), null)).id()).toString());
            ids.put("entryId", registry.addAllergy(system, patient, "Latex", AllergyClass.LATEX,
                    ReactionType.HIVES_OR_RASH, Severity.MILD).id().toString());
            ids.put("consentId", jdbc.sql("SELECT id FROM consents WHERE patient_id = ? AND withdrawn_at IS NULL")
                    .param(patient).query(UUID.class).list().stream().findFirst()
                    .orElseGet(() -> consents.sign(staff(Role.CLINICIAN), patient, ConsentFixtures.review(screening,
                            patient, PlannedTreatment.of(Agent.LIDOCAINE_1_PLAIN, false, TestSites.left("GLUTEUS_MEDIUS"))),
                            new Consents.SignatureForm(name(jdbc, patient), null, true, null), "127.0.0.1").id())
                    .toString());
            ids.put("outbox", outbox.toString());
            aftercare(context, jdbc, patient, clinician, ids);
        }
        // No link is issued once the intake is complete (an earlier test class may have completed it).
        String url = intakeLinks.issue(system, own, Instant.now().plusSeconds(3 * 86_400), "route tests")
                .map(IntakeLinks.IntakeLink::url).orElse("/intake/no-link-intake-complete");
        intakeToken = url.substring(url.lastIndexOf('/') + 1);
        for (Role role : Role.values()) {
            users.put(role, ClinicUser.of(role == Role.PATIENT ? patient(own) : staff(role)));
        }
    }

    /** An aftercare plan from a session signed two days ago (its day-1 check-in is open), made once per patient. */
    private static void aftercare(org.springframework.context.ApplicationContext context, JdbcClient jdbc,
            UUID patient, UUID clinician, Map<String, String> ids) {
        var plan = jdbc.sql("SELECT id FROM aftercare_plans WHERE patient_id = ? ORDER BY created_at").param(patient)
                .query(UUID.class).list().stream().findFirst().orElseGet(() -> new AftercareFixture(context)
                        .publishAndAwaitPlan(AftercareFixture.signed(patient, clinician, null,
                                LocalDate.now().minusDays(2), 6, AftercareFixture.sites("UPPER_TRAPEZIUS_L"))));
        ids.put("aftercarePlan", plan.toString());
        ids.put("checkIn", jdbc.sql("SELECT id FROM aftercare_check_ins WHERE plan_id = ? AND day_after = 1")
                .param(plan).query(UUID.class).single().toString());
    }

    private static String name(JdbcClient jdbc, UUID patient) {
        return jdbc.sql("SELECT given_name || ' ' || family_name FROM patients WHERE id = ?").param(patient)
                .query(String.class).single();
    }

    static CurrentUser staff(Role role) {
        return new CurrentUser(UUID.randomUUID(), "matrix-" + role.name().toLowerCase(), role.name(), role, null);
    }

    static CurrentUser patient(UUID patientId) {
        return new CurrentUser(UUID.randomUUID(), "matrix-patient", "Matrix Patient", Role.PATIENT, patientId);
    }

    ClinicUser user(Role role) {
        return users.get(role);
    }

    /** Values for the path variables and id parameters of a request about the own or the other patient. */
    Map<String, String> ids(boolean ownRecord) {
        return ownRecord ? ownIds : otherIds;
    }

    /** The value of one path variable of a route, chosen by its name and where it sits. */
    String pathValue(String pattern, String variable, boolean ownRecord) {
        var ids = ids(ownRecord);
        switch (variable) {
        case "id":
            if (pattern.contains("/appointments/")) {
                return ids.get("appointment");
            }
            if (pattern.contains("/waitlist/")) {
                return ids.get("waitlist");
            }
            if (pattern.contains("/outbox/")) {
                return ids.get("outbox");
            }
            if (pattern.startsWith("/my/aftercare/check-ins/") || pattern.startsWith("/aftercare/worklist/")) {
                return ids.get("checkIn");
            }
            if (pattern.startsWith("/my/aftercare/")) {
                return ids.get("aftercarePlan");
            }
            if (pattern.startsWith("/schedule/{of")) {
                return ids.get("clinicianId");
            }
            return UUID.randomUUID().toString();
        case "of":
            return "clinicians";
        case "span":
            return "day";
        case "kind":
            return "allergies";
        case "token":
            if (pattern.startsWith("/intake/")) {
                return intakeToken;
            }
            return "matrix-token-that-matches-nothing-0123456789ab";
        case "language":
            return "en";
        case "section":
            return "SORENESS";
        case "rule":
            return "NO_SUCH_RULE";
        case "agentCode":
            return "LIDOCAINE_05";
        case "policyCode":
            return "REPEAT_WITHOUT_RELIEF";
        case "entryId":
            return pattern.startsWith("/patients/") ? ids.get("entryId") : UUID.randomUUID().toString();
        default:
            return ids.getOrDefault(variable, UUID.randomUUID().toString());
        }
    }

    /** Whether a route names a record that belongs to one patient, so a patient may be probed with another's. */
    static boolean ownable(String pattern) {
        return pattern.contains("{patientId}") || pattern.startsWith("/my/") && pattern.contains("{id}");
    }
}
