package org.tpiclinic.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.tpiclinic.PostgresTest;

@PostgresTest
class AuditLogPostgresTests extends AuditLogTests {

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() {
        log.record(CLINICIAN, UUID.randomUUID(), AuditAction.READ, "chart");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entries SET target = 'forged'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entries").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entries").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteChainLinks() {
        log.record(CLINICIAN, UUID.randomUUID(), AuditAction.READ, "chart");
        log.verify();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_chain").query(Long.class).single()).isPositive();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_chain SET prev_hash = entry_hash").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_chain is append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_chain").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_chain is append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_chain").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("audit_chain is append-only");
    }
}
