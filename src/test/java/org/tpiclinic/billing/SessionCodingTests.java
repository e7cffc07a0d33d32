package org.tpiclinic.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.shared.Kilograms;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.patients.PatientDetails;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.patients.Sex;
import org.tpiclinic.procedures.InjectionSessionSigned;

/**
 * The listener against the real database: a session signed (the event published inside a transaction, as
 * procedures does) is coded once, with its lines and an audit entry; a repeated or simultaneous delivery adds
 * nothing; a session that cannot be coded safely waits for review with its reasons; nothing happens when the
 * signing transaction rolls back.
 */
@SpringBootTest
class SessionCodingTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    SessionCoding coding;

    static UUID register(PatientRegistry registry, String given, String family) {
        var details = new PatientDetails(given, family, null, LocalDate.of(1975, 3, 3), Sex.FEMALE, null, null, null,
                null, null, null, "English", Kilograms.of("70"), LocalDate.of(2026, 1, 1));
        return registry.register(CurrentUser.system("test"), details, true).registered().id();
    }

    static void publish(TransactionTemplate transactions, ApplicationEventPublisher events,
            InjectionSessionSigned signed) {
        transactions.executeWithoutResult(tx -> events.publishEvent(signed));
    }

    static void awaitClaim(JdbcClient jdbc, InjectionSessionSigned signed) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> claims(jdbc, signed) == 1);
    }

    static long claims(JdbcClient jdbc, InjectionSessionSigned signed) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_claims WHERE session_id = ?").param(signed.sessionId().value())
                .query(Long.class).single();
    }

    long lines(InjectionSessionSigned signed, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_claim_lines WHERE session_id = ? AND kind = ?")
                .params(signed.sessionId().value(), kind).query(Long.class).single();
    }

    long created(InjectionSessionSigned signed) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'CREATE' AND target LIKE ?")
                .param("billing claim " + signed.sessionId() + "%").query(Long.class).single();
    }

    @Test
    void aSignedSessionIsCodedAfterItsTransactionCommits() {
        UUID patient = register(registry, "Ada", "Coded");
        var signed = Sessions.signed(patient, LocalDate.of(2026, 12, 1), List.of("M79.12", "M54.2"),
                "UPPER_TRAPEZIUS_L", "UPPER_TRAPEZIUS_R", "LEVATOR_SCAPULAE_L");

        publish(transactions, events, signed);
        awaitClaim(jdbc, signed);

        var row = jdbc.sql("SELECT status, diagnoses, patient_id FROM billing_claims WHERE session_id = ?")
                .param(signed.sessionId().value()).query().singleRow();
        assertThat(row.get("status")).isEqualTo("READY");
        assertThat(row.get("diagnoses")).isEqualTo("M79.12,M54.2");
        assertThat(jdbc.sql("SELECT code FROM billing_claim_lines WHERE session_id = ? AND kind = 'PROCEDURE'")
                .param(signed.sessionId().value()).query(String.class).list()).containsExactly("20553");
        assertThat(lines(signed, "DRUG")).isEqualTo(1);
        assertThat(created(signed)).isEqualTo(1);
    }

    @Test
    void aSecondDeliveryOfTheSameSessionChangesNothing() {
        UUID patient = register(registry, "Ben", "Twice");
        var signed = Sessions.signed(patient, LocalDate.of(2026, 12, 1), List.of("M79.18"), "GLUTEUS_MEDIUS_L");
        publish(transactions, events, signed);
        awaitClaim(jdbc, signed);

        publish(transactions, events, signed);
        transactions.executeWithoutResult(tx -> coding.on(signed));

        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(10))
                .until(() -> claims(jdbc, signed) == 1 && lines(signed, "PROCEDURE") == 1 && created(signed) == 1);
    }

    @Test
    void simultaneousDeliveriesStoreOneClaim() {
        UUID patient = register(registry, "Cy", "Racing");
        var signed = Sessions.signed(patient, LocalDate.of(2026, 12, 1), List.of("M79.18"), "GLUTEUS_MEDIUS_L");

        // The listener is asynchronous (@ApplicationModuleListener): four deliveries at once, each in its own
        // transaction on the task executor, as a resubmission racing the first delivery would be.
        java.util.stream.IntStream.range(0, 4).parallel().forEach(i -> coding.on(signed));

        awaitClaim(jdbc, signed);
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> claims(jdbc, signed) == 1 && lines(signed, "PROCEDURE") == 1 && created(signed) == 1);
    }

    @Test
    void aMixedSessionWaitsForReviewWithItsReason() {
        UUID patient = register(registry, "Dee", "Mixed");
        var signed = Sessions.signed(patient, LocalDate.of(2026, 12, 1), List.of(), "UPPER_TRAPEZIUS_L",
                "~UPPER_TRAPEZIUS_L");

        publish(transactions, events, signed);
        awaitClaim(jdbc, signed);

        assertThat(jdbc.sql("SELECT status FROM billing_claims WHERE session_id = ?").param(signed.sessionId().value())
                .query(String.class).single()).isEqualTo("REVIEW");
        assertThat(jdbc.sql("SELECT code FROM billing_claim_lines WHERE session_id = ? AND kind = 'REVIEW' "
                + "ORDER BY position").param(signed.sessionId().value()).query(String.class).list())
                .containsExactly("SAME_MUSCLE_BOTH_TECHNIQUES", "NO_DIAGNOSIS");
    }

    @Test
    void aSigningThatRollsBackCodesNothing() {
        UUID patient = register(registry, "Eve", "Undone");
        var signed = Sessions.signed(patient, LocalDate.of(2026, 12, 1), List.of("M79.18"), "GLUTEUS_MEDIUS_L");

        transactions.executeWithoutResult(tx -> {
            events.publishEvent(signed);
            tx.setRollbackOnly();
        });

        Awaitility.await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> claims(jdbc, signed) == 0);
    }
}
