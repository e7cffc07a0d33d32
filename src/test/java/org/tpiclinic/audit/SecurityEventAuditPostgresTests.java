package org.tpiclinic.audit;

import org.tpiclinic.PostgresTest;

@PostgresTest
class SecurityEventAuditPostgresTests extends SecurityEventAuditTests {
}
