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
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.support.TransactionTemplate;
import org.tpiclinic.patients.PatientRegistry;
import org.tpiclinic.procedures.InjectionSessionSigned;

/**
 * A crash between signing and coding loses nothing and duplicates nothing. The coding transaction is made to fail
 * for real (its table is renamed away, as a database that went away mid-write would fail it): the claim rolls back
 * with it and the publication stays incomplete in the registry. Once the table is back, resubmitting the
 * incomplete publications codes the session exactly once; resubmitting again, or a late duplicate of the event,
 * changes nothing. (Its own context: it renames a table other tests use.)
 */
@SpringBootTest(properties = "tpi.test.context=coding-reliability")
class CodingReliabilityTests {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PatientRegistry registry;
    @Autowired
    IncompleteEventPublications incomplete;

    static String publication(JdbcClient jdbc, InjectionSessionSigned signed) {
        return jdbc.sql("SELECT status FROM event_publication WHERE listener_id LIKE '%SessionCoding%' "
                + "AND serialized_event LIKE ?").param("%" + signed.sessionId() + "%").query(String.class).single();
    }

    static boolean completed(JdbcClient jdbc, InjectionSessionSigned signed) {
        return jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE '%SessionCoding%' "
                + "AND serialized_event LIKE ? AND completion_date IS NOT NULL").param("%" + signed.sessionId() + "%")
                .query(Long.class).single() == 1;
    }

    static long created(JdbcClient jdbc, InjectionSessionSigned signed) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entries WHERE action = 'CREATE' AND target LIKE ?")
                .param("billing claim " + signed.sessionId() + "%").query(Long.class).single();
    }

    static long procedureLines(JdbcClient jdbc, InjectionSessionSigned signed) {
        return jdbc.sql("SELECT COUNT(*) FROM billing_claim_lines WHERE session_id = ? AND kind = 'PROCEDURE'")
                .param(signed.sessionId().value()).query(Long.class).single();
    }

    @Test
    void aCodingThatFailsMidwayIsDeliveredAgainAndCodedExactlyOnce() {
        UUID patient = SessionCodingTests.register(registry, "Ivy", "Resilient");
        var signed = Sessions.signed(patient, LocalDate.of(2030, 3, 1), List.of("M79.18"), "UPPER_TRAPEZIUS_L",
                "INFRASPINATUS_R", "INFRASPINATUS_L");

        jdbc.sql("ALTER TABLE billing_claim_lines RENAME TO billing_claim_lines_away").update();
        try {
            SessionCodingTests.publish(transactions, events, signed);
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(publication(jdbc, signed)));
            assertThat(SessionCodingTests.claims(jdbc, signed)).as("the half-written claim rolled back").isZero();
        } finally {
            jdbc.sql("ALTER TABLE billing_claim_lines_away RENAME TO billing_claim_lines").update();
        }

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof InjectionSessionSigned s
                && s.sessionId().equals(signed.sessionId()));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> completed(jdbc, signed));

        incomplete.resubmitIncompletePublications(p -> p.getEvent() instanceof InjectionSessionSigned s
                && s.sessionId().equals(signed.sessionId()));
        SessionCodingTests.publish(transactions, events, signed);
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(15))
                .until(() -> SessionCodingTests.claims(jdbc, signed) == 1 && procedureLines(jdbc, signed) == 1
                        && created(jdbc, signed) == 1);
        assertThat(jdbc.sql("SELECT code FROM billing_claim_lines WHERE session_id = ? AND kind = 'PROCEDURE'")
                .param(signed.sessionId().value()).query(String.class).single()).isEqualTo("20553");
    }
}
