package org.tpiclinic.audit;

import org.tpiclinic.PostgresTest;

@PostgresTest
class AuditChainUpgradePostgresTests extends AuditChainUpgradeTests {
}
