package org.tpiclinic.demo;

import org.tpiclinic.PostgresTest;

@PostgresTest
class DemoPracticePostgresTests extends DemoPracticeTests {
}
