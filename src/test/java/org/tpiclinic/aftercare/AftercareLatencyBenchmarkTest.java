package org.tpiclinic.aftercare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Measures, per signed session, the time from the commit that publishes {@code InjectionSessionSigned} to the
 * aftercare plan being readable (plan, sections, three check-ins and the email in the outbox, one transaction):
 * sessions one after another, each waited for by polling every 0.2 ms. Run on demand (docs/benchmarks.md):
 * {@code ./mvnw -B -q test -Dtest=AftercareLatencyBenchmarkTest -Dtpi.bench=true}.
 */
@SpringBootTest
@EnabledIfSystemProperty(named = "tpi.bench", matches = "true")
class AftercareLatencyBenchmarkTest {

    static final int WARM_UP = 50;
    static final int MEASURED = 300;

    @Autowired
    ApplicationContext context;
    @Autowired
    AftercarePlans plans;

    @Test
    void medianLatencyFromSignedEventToPlanReady() throws Exception {
        var fixture = new AftercareFixture(context);
        var patient = fixture.patient("Bench", "English", "bench@example.com");
        var clinician = UUID.randomUUID();
        var micros = new ArrayList<Long>();
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            var event = AftercareFixture.signed(patient, clinician, null, LocalDate.now(), 6,
                    AftercareFixture.sites("UPPER_TRAPEZIUS_L", "LEVATOR_SCAPULAE_L", "GLUTEUS_MEDIUS_R"));
            long start = System.nanoTime();
            fixture.publish(event);
            long committed = System.nanoTime();
            while (plans.forSession(event.sessionId().value()).isEmpty()) {
                Thread.onSpinWait();
                if (System.nanoTime() - start > 20_000_000_000L) {
                    throw new AssertionError("no plan after 20 s");
                }
                Thread.sleep(0, 200_000);
            }
            if (i >= WARM_UP) {
                micros.add((System.nanoTime() - committed) / 1_000);
            }
        }
        Collections.sort(micros);
        long median = micros.get(micros.size() / 2);
        System.out.printf("AFTERCARE-LATENCY n=%d median=%.2f ms p90=%.2f ms p99=%.2f ms max=%.2f ms load=%s%n",
                micros.size(), median / 1000.0, micros.get(micros.size() * 9 / 10) / 1000.0,
                micros.get(micros.size() * 99 / 100) / 1000.0, micros.get(micros.size() - 1) / 1000.0,
                java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip());
        assertThat(median).isPositive();
    }
}
