package org.tpiclinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits until every delivery of the events that mention one id (a session, an appointment) has completed. Only
 * those: other tests leave failed publications of their own in the registry on purpose. The wait is generous
 * because it is about liveness on a busy two-core machine, not speed; when it runs out, the message names the
 * listeners still pending and their status, so a failure says which module did not finish.
 */
public final class EventDeliveries {

    private EventDeliveries() {
    }

    public static void awaitCompleted(JdbcClient jdbc, Object id) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql("""
                SELECT listener_id || ' ' || COALESCE(status, '') FROM event_publication
                WHERE completion_date IS NULL AND serialized_event LIKE ?""").param("%" + id + "%")
                .query(String.class).list()).as("deliveries still pending for %s", id).isEmpty());
    }
}
