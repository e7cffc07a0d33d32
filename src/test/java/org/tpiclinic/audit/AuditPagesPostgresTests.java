package org.tpiclinic.audit;

import org.tpiclinic.PostgresTest;

@PostgresTest
class AuditPagesPostgresTests extends AuditPagesTests {
}
