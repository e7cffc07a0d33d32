package org.tpiclinic.billing;

import org.tpiclinic.PostgresTest;

@PostgresTest
class SessionCodingPostgresTests extends SessionCodingTests {
}
