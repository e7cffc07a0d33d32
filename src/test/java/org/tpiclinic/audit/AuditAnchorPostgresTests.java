package org.tpiclinic.audit;

import org.tpiclinic.PostgresTest;

@PostgresTest
class AuditAnchorPostgresTests extends AuditAnchorTests {

    /** The owner can switch the append-only triggers off: the signed checkpoints are what remains. */
    @Override
    void tamper(Runnable change) {
        jdbc.sql("ALTER TABLE audit_entries DISABLE TRIGGER USER").update();
        jdbc.sql("ALTER TABLE audit_chain DISABLE TRIGGER USER").update();
        try {
            super.tamper(change);
        } finally {
            jdbc.sql("ALTER TABLE audit_entries ENABLE TRIGGER USER").update();
            jdbc.sql("ALTER TABLE audit_chain ENABLE TRIGGER USER").update();
        }
    }
}
