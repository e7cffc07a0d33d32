package org.tpiclinic.security;

import org.tpiclinic.PostgresTest;

@PostgresTest
class BadInputPostgresTests extends BadInputTests {
}
