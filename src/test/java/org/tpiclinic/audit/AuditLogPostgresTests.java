package org.tpiclinic.audit;

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
    }
}
