package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.tpiclinic.identity.ClinicUser;
import org.tpiclinic.identity.CurrentUser;
import org.tpiclinic.identity.Role;

/**
 * A rewrite done with database access, the chain recomputed so that it holds by itself (editing an entry,
 * removing the last entries, removing one in the middle), is found against the signed checkpoints kept outside
 * the database; and a failed check raises the alarm (an audit entry, an email in the outbox, a banner for admins
 * only). On PostgreSQL ({@link AuditAnchorPostgresTests}) the table owner first switches the append-only triggers
 * off.
 */
@SpringBootTest(properties = { "tpi.audit.check.anchor-key=test-anchor-key-0123456789-abcdefghijklmnop",
        "tpi.notifications.security-alert-to=security@clinic.invalid" })
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditAnchorTests {

    static final CurrentUser DESK = new CurrentUser(UUID.randomUUID(), "frontdesk", "F", Role.FRONT_DESK, null);
    static final Path ANCHORS = anchorFile();

    static Path anchorFile() {
        try {
            return Files.createTempDirectory("tpi-anchors").resolve("audit-anchors.log");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void anchorsInATempFile(DynamicPropertyRegistry registry) {
        registry.add("tpi.audit.check.anchor-file", ANCHORS::toString);
    }

    @Autowired
    AuditLog log;
    @Autowired
    ChainWatch watch;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    /** Three entries, a checkpoint, three more, a checkpoint: six chained entries anchored at 3 and at 6. */
    @BeforeEach
    void sixEntriesWithTwoCheckpoints() throws IOException {
        Files.deleteIfExists(ANCHORS);
        for (int i = 0; i < 6; i++) {
            log.record(DESK, UUID.randomUUID(), AuditAction.READ, "chart " + i);
            if (i == 2 || i == 5) {
                assertThat(watch.anchor()).isEmpty();
            }
        }
        assertThat(Files.readAllLines(ANCHORS)).hasSize(2).allMatch(line -> line.startsWith("v1 "));
        assertThat(watch.check()).isEmpty();
    }

    /** Changes the tables as an intruder with write access would; the PostgreSQL twin lifts the triggers. */
    void tamper(Runnable change) {
        change.run();
    }

    record Row(long position, long entry) {
    }

    List<Row> chain() {
        return jdbc.sql("SELECT chain_seq, entry_seq FROM audit_chain ORDER BY chain_seq")
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2))).list();
    }

    /** Rebuilds audit_chain from the entries still there, numbered 1.. with fresh hashes, and moves the head. */
    void recomputeChain() {
        var entries = jdbc.sql("""
                SELECT e.*, CAST(NULL AS BIGINT) AS chain_seq, CAST(NULL AS CHAR(64)) AS prev_hash,
                       CAST(NULL AS CHAR(64)) AS entry_hash
                FROM audit_entries e JOIN audit_chain c ON c.entry_seq = e.seq ORDER BY c.chain_seq""")
                .query((rs, n) -> AuditQueries.map(rs)).list();
        jdbc.sql("DELETE FROM audit_chain").update();
        String previous = AuditQueries.GENESIS;
        long position = 0;
        for (var entry : entries) {
            position++;
            String hash = entry.hashAt(position, previous);
            jdbc.sql("INSERT INTO audit_chain (chain_seq, entry_seq, prev_hash, entry_hash) VALUES (?, ?, ?, ?)")
                    .params(position, entry.seq(), previous, hash).update();
            previous = hash;
        }
        jdbc.sql("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1").params(position, previous)
                .update();
    }

    /** The rewrite holds by itself: without the checkpoint file the check passes. */
    void assertUnseenWithoutCheckpoints() throws IOException {
        Path aside = ANCHORS.resolveSibling("aside.log");
        Files.move(ANCHORS, aside);
        try {
            assertThat(log.verify()).isEmpty();
        } finally {
            Files.move(aside, ANCHORS);
        }
    }

    @Test
    void findsAnEditedEntryWithTheChainRecomputed() throws IOException {
        long entry = chain().get(1).entry();
        tamper(() -> {
            jdbc.sql("UPDATE audit_entries SET target = 'nothing to see' WHERE seq = ?").param(entry).update();
            recomputeChain();
        });
        assertUnseenWithoutCheckpoints();

        assertThat(watch.check()).hasValueSatisfying(broken -> {
            assertThat(broken.position()).isEqualTo(3);
            assertThat(broken.reason()).contains("checkpoint").contains("rewritten");
        });
    }

    @Test
    void findsTheLastEntriesRemovedWithTheChainRecomputed() throws IOException {
        var rows = chain();
        var tail = new ArrayList<>(rows.subList(4, 6));
        tamper(() -> {
            for (var row : tail) {
                jdbc.sql("DELETE FROM audit_chain WHERE chain_seq = ?").param(row.position()).update();
                jdbc.sql("DELETE FROM audit_entries WHERE seq = ?").param(row.entry()).update();
            }
            recomputeChain();
        });
        assertUnseenWithoutCheckpoints();

        assertThat(watch.check()).hasValueSatisfying(broken -> {
            assertThat(broken.position()).isEqualTo(5);
            assertThat(broken.reason()).contains("ends at 4").contains("recorded position 6")
                    .contains("removed from its end");
        });
    }

    @Test
    void findsAnEntryRemovedFromTheMiddleWithTheChainRecomputed() throws IOException {
        long entry = chain().get(1).entry();
        tamper(() -> {
            jdbc.sql("DELETE FROM audit_entries WHERE seq = ?").param(entry).update();
            recomputeChain();
        });
        assertUnseenWithoutCheckpoints();

        assertThat(watch.check()).hasValueSatisfying(broken -> {
            assertThat(broken.position()).isEqualTo(3);
            assertThat(broken.reason()).contains("rewritten");
        });
    }

    @Test
    void refusesACheckpointNotSignedWithTheKey() throws IOException {
        var genuine = Files.readAllLines(ANCHORS).get(1);
        String forged = genuine.substring(0, genuine.lastIndexOf(' ') + 1) + "0".repeat(64);
        Files.writeString(ANCHORS, forged + "\n", StandardCharsets.US_ASCII, StandardOpenOption.APPEND);

        assertThat(watch.check()).hasValueSatisfying(broken -> assertThat(broken.reason())
                .contains("line 3").contains("not signed"));
    }

    @Test
    void checkpointsOnlyWhatHoldsAndOnlyWhenTheChainGrew() throws IOException {
        assertThat(watch.anchor()).isEmpty();
        assertThat(Files.readAllLines(ANCHORS)).as("nothing new to anchor").hasSize(2);

        long entry = chain().get(5).entry();
        tamper(() -> jdbc.sql("UPDATE audit_entries SET target = 'edited' WHERE seq = ?").param(entry).update());
        log.record(DESK, UUID.randomUUID(), AuditAction.READ, "chart 7");

        assertThat(watch.anchor()).hasValueSatisfying(broken -> assertThat(broken.position()).isEqualTo(6));
        assertThat(Files.readAllLines(ANCHORS)).as("no checkpoint over a broken chain").hasSize(2);
    }

    @Test
    void aFailedCheckAlertsAdminsOnceByAuditEntryEmailAndBanner() throws Exception {
        long entry = chain().get(0).entry();
        tamper(() -> {
            jdbc.sql("UPDATE audit_entries SET username = 'someone-else' WHERE seq = ?").param(entry).update();
            recomputeChain();
        });

        assertThat(watch.check()).isPresent();
        assertThat(watch.check()).as("checked again, same failure").isPresent();

        assertThat(jdbc.sql("SELECT target FROM audit_entries WHERE action = 'ALERT'").query(String.class).list())
                .singleElement().asString().contains("audit log check failed at position 3");
        assertThat(waitForOutbox("security@clinic.invalid")).isEqualTo(1);

        var admin = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "admin", "Admin", Role.ADMIN, null));
        var clinician = ClinicUser.of(new CurrentUser(UUID.randomUUID(), "clinician", "C", Role.CLINICIAN, null));
        assertThat(mvc.perform(get("/admin/users").with(user(admin))).andReturn().getResponse()
                .getContentAsString()).contains("audit-alert").contains("The audit log check failed at position 3");
        assertThat(mvc.perform(get("/patients").with(user(clinician))).andReturn().getResponse()
                .getContentAsString()).doesNotContain("audit-alert");
    }

    long waitForOutbox(String recipient) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        long found;
        do {
            found = jdbc.sql("SELECT COUNT(*) FROM outbox_messages WHERE recipient = ?").param(recipient)
                    .query(Long.class).single();
            if (found == 0) {
                Thread.sleep(100);
            }
        } while (found == 0 && System.nanoTime() < deadline);
        return found;
    }
}
