package org.tpiclinic.aftercare;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.assessment.BodySite;
import org.tpiclinic.assessment.Side;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.procedures.InjectionSessionSigned;
import org.tpiclinic.procedures.InjectionSessionSigned.AgentGiven;
import org.tpiclinic.procedures.InjectionSessionSigned.TreatedSite;
import org.tpiclinic.procedures.SessionId;
import org.tpiclinic.procedures.Technique;
import org.tpiclinic.shared.ClinicianId;
import org.tpiclinic.shared.LocationId;
import org.tpiclinic.shared.Milligrams;
import org.tpiclinic.shared.Millilitres;
import org.tpiclinic.shared.PatientId;

/**
 * Test support: patients, and signed-session events published the way procedures publishes them, inside a
 * transaction, so the aftercare listener receives them from the event publication registry after the commit.
 */
public final class AftercareFixture {

    private final ApplicationContext context;

    public AftercareFixture(ApplicationContext context) {
        this.context = context;
    }

    public UUID patient(String family, String language, String email) {
        var details = new PatientDetails("Pat", family, null, LocalDate.of(1975, 5, 5), Sex.FEMALE, null, email,
                null, null, null, null, language, Kilograms.of("70"), LocalDate.now().minusDays(3));
        return context.getBean(PatientRegistry.class).register(CurrentUser.system("test"), details, true)
                .registered().id();
    }

    public static CurrentUser asPatient(UUID patient) {
        return new CurrentUser(UUID.randomUUID(), "patient-" + patient.toString().substring(0, 8), "Pat", Role.PATIENT,
                patient);
    }

    /** "UPPER_TRAPEZIUS_L" and friends. */
    public static List<TreatedSite> sites(String... codes) {
        return Arrays.stream(codes).map(c -> new TreatedSite(new BodySite(c.substring(0, c.length() - 2),
                c.endsWith("_L") ? Side.LEFT : Side.RIGHT), Technique.INJECTION)).toList();
    }

    public static InjectionSessionSigned signed(UUID patient, UUID clinician, UUID location, LocalDate on,
            int painBefore, List<TreatedSite> sites) {
        return new InjectionSessionSigned(SessionId.of(UUID.randomUUID()), PatientId.of(patient),
                ClinicianId.of(clinician), null, location == null ? null : LocationId.of(location), on, Instant.now(),
                sites, List.of(new AgentGiven("LIDOCAINE_1", "Lidocaine 1%", new Millilitres(new BigDecimal("3")),
                        new Milligrams(new BigDecimal("30")), false)), List.of("M79.18"), painBefore, 3);
    }

    public void publish(InjectionSessionSigned event) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(
                status -> context.publishEvent(event));
    }

    /** Publishes and waits until the plan of the session is there. */
    public UUID publishAndAwaitPlan(InjectionSessionSigned event) {
        publish(event);
        return awaitPlan(event.sessionId());
    }

    public UUID awaitPlan(SessionId session) {
        var plans = context.getBean(AftercarePlans.class);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> plans.forSession(session.value()).isPresent());
        return plans.forSession(session.value()).orElseThrow();
    }

    public long count(String sql, Object... params) {
        return context.getBean(JdbcClient.class).sql(sql).params(params).query(Long.class).single();
    }
}
