package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/** With the schedule on (as in production), entries are chained shortly after commit without anyone asking. */
@SpringBootTest(properties = { "tpi.audit.chain-scheduled=true", "tpi.audit.chain-interval=200ms" })
class AuditChainScheduleTests {

    @Autowired
    AuditLog log;
    @Autowired
    AuditQueries queries;

    @Test
    void linksCommittedEntriesWithinAFewSeconds() throws InterruptedException {
        UUID patient = UUID.randomUUID();
        log.record(new CurrentUser(UUID.randomUUID(), "clinician", "C", Role.CLINICIAN, null), patient,
                AuditAction.READ, "chart");
        var filter = new AuditQueries.Filter(patient, null, null, null, null, "seq", true);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!queries.find(filter, 0, 1).get(0).isChained() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(queries.find(filter, 0, 1)).singleElement().satisfies(e -> {
            assertThat(e.isChained()).isTrue();
            assertThat(e.entryHash()).isEqualTo(e.expectedHash());
        });
    }
}
