package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With the schedule on (as in production), the audit log is checked after start-up without anyone asking: here
 * the database is younger than the checkpoint file (its entries were lost or removed while the application was
 * down), and the start-up check finds the missing tail.
 */
@SpringBootTest(properties = { "tpi.audit.check.scheduled=true", "tpi.audit.check.initial-delay=200ms",
        "tpi.audit.check.anchor-interval=1h", "tpi.audit.check.anchor-key=" + AuditCheckScheduleTests.KEY })
class AuditCheckScheduleTests {

    static final String KEY = "schedule-test-key-0123456789-abcdefghijklmnop";

    @DynamicPropertySource
    static void aCheckpointOfALongerChain(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempDirectory("tpi-anchors").resolve("audit-anchors.log");
        var settings = new AuditCheckSettings(false, Duration.ZERO, Duration.ZERO, file, KEY, null, Duration.ZERO);
        new ChainAnchors(settings).write(5, "a".repeat(64), Instant.parse("2026-12-01T10:00:00Z"));
        registry.add("tpi.audit.check.anchor-file", file::toString);
    }

    @Autowired
    ChainWatch watch;

    @Test
    void findsTheMissingTailOnStartUp() throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (watch.failure().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(watch.failure()).hasValueSatisfying(failure -> {
            assertThat(failure.position()).isEqualTo(1);
            assertThat(failure.reason()).contains("recorded position 5").contains("removed from its end");
        });
    }
}
