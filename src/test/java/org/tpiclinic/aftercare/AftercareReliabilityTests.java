package org.tpiclinic.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.tpiclinic.EventDeliveries;

/**
 * A crash between signing and aftercare loses nothing and duplicates nothing. The signed session commits with its
 * event publication; the aftercare listener then dies midway (its check-ins table is gone while it runs, after it
 * inserted the plan), so its transaction rolls back and the publication stays incomplete. Resubmitting the
 * incomplete publications (what a restart does with {@code republish-outstanding-events-on-restart}) makes exactly
 * one plan, one set of check-ins and one email; resubmitting again, or the same event published again, adds
 * nothing.
 */
@SpringBootTest
class AftercareReliabilityTests {

    static final String LISTENER = "%SessionSignedListener%";

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncompleteEventPublications incomplete;

    @Test
    void aListenerKilledMidwayIsRedeliveredAndMakesExactlyOnePlanAndOneSetOfCheckIns() {
        var fixture = new AftercareFixture(context);
        var patient = fixture.patient("Crash", "English", "crash@example.com");
        var event = AftercareFixture.signed(patient, UUID.randomUUID(), null, LocalDate.now(), 5,
                AftercareFixture.sites("LEVATOR_SCAPULAE_L", "INFRASPINATUS_R"));

        jdbc.sql("ALTER TABLE aftercare_check_ins RENAME TO aftercare_check_ins_away").update();
        try {
            fixture.publish(event);
            Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> fixture.count(
                    "SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE ? AND status = 'FAILED'",
                    LISTENER) == 1);
        } finally {
            jdbc.sql("ALTER TABLE aftercare_check_ins_away RENAME TO aftercare_check_ins").update();
        }
        assertThat(fixture.count("SELECT COUNT(*) FROM aftercare_plans WHERE session_id = ?",
                event.sessionId().value())).as("the half-made plan rolled back").isZero();
        assertThat(fixture.count("SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE ? "
                + "AND completion_date IS NULL", LISTENER)).as("the event is kept until handled").isOne();

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent().equals(event));
        fixture.awaitPlan(event.sessionId());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> fixture.count(
                "SELECT COUNT(*) FROM event_publication WHERE listener_id LIKE ? AND completion_date IS NULL",
                LISTENER) == 0);
        incomplete.resubmitIncompletePublications(publication -> publication.getEvent().equals(event));
        fixture.publish(event); // and a duplicate delivery of the same signed session
        EventDeliveries.awaitCompleted(jdbc, event.sessionId().value());

        assertThat(fixture.count("SELECT COUNT(*) FROM aftercare_plans WHERE session_id = ?",
                event.sessionId().value())).isOne();
        assertThat(fixture.count("SELECT COUNT(*) FROM aftercare_check_ins WHERE patient_id = ?", patient))
                .isEqualTo(3);
        assertThat(fixture.count("SELECT COUNT(*) FROM aftercare_plan_sections s JOIN aftercare_plans p "
                + "ON p.id = s.plan_id WHERE p.session_id = ?", event.sessionId().value())).isEqualTo(8);
        assertThat(fixture.count("SELECT COUNT(*) FROM outbox_messages WHERE recipient = ?", "crash@example.com"))
                .isOne();
    }
}
