package org.tpiclinic.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.TpiClinicApplication;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.procedures.InjectionSessionSigned;

/**
 * The application stops while a signed session's coding is incomplete (its coding transaction failed and rolled
 * back, as it would if the process died in the middle), and starts again on the same database: the event
 * publication registry delivers the incomplete publication at start-up
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart=true}), and the session is coded exactly
 * once. A second restart delivers nothing more.
 */
class CodingAfterRestartTests {

    final String database = "jdbc:h2:mem:restart-" + UUID.randomUUID()
            + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";

    ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TpiClinicApplication.class).profiles("test")
                .run("--server.port=0", "--spring.datasource.url=" + database, "--spring.main.banner-mode=off");
    }

    @Test
    void anIncompleteCodingIsDeliveredAgainAfterARestartAndCodedOnce() {
        InjectionSessionSigned signed;
        try (var first = start()) {
            var jdbc = first.getBean(JdbcClient.class);
            UUID patient = SessionCodingTests.register(first.getBean(PatientRegistry.class), "Rhea", "Restarted");
            signed = Sessions.signed(patient, LocalDate.of(2030, 4, 1), List.of("M79.18"), "GLUTEUS_MEDIUS_L");
            jdbc.sql("ALTER TABLE billing_claim_lines RENAME TO billing_claim_lines_away").update();
            SessionCodingTests.publish(first.getBean(TransactionTemplate.class),
                    first, signed);
            var coded = signed;
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> "FAILED".equals(CodingReliabilityTests.publication(jdbc, coded)));
            jdbc.sql("ALTER TABLE billing_claim_lines_away RENAME TO billing_claim_lines").update();
            assertThat(SessionCodingTests.claims(jdbc, signed)).isZero();
        }

        try (var second = start()) {
            var jdbc = second.getBean(JdbcClient.class);
            Awaitility.await().atMost(Duration.ofSeconds(30))
                    .until(() -> CodingReliabilityTests.completed(jdbc, signed));
            assertThat(SessionCodingTests.claims(jdbc, signed)).isEqualTo(1);
        }

        try (var third = start()) {
            var jdbc = third.getBean(JdbcClient.class);
            Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> SessionCodingTests.claims(jdbc, signed) == 1
                            && CodingReliabilityTests.procedureLines(jdbc, signed) == 1
                            && CodingReliabilityTests.created(jdbc, signed) == 1);
        }
    }
}
