package org.tpiclinic.audit;

import org.tpiclinic.PostgresTest;

@PostgresTest
class AuditChainPostgresTests extends AuditChainTests {
}
