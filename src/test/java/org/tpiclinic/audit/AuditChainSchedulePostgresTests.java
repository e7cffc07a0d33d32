package org.tpiclinic.audit;

import org.tpiclinic.PostgresTest;

@PostgresTest
class AuditChainSchedulePostgresTests extends AuditChainScheduleTests {
}
