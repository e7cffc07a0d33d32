package org.tpiclinic.patients;

import org.tpiclinic.PostgresTest;

@PostgresTest
class DuplicateChartsPostgresTests extends DuplicateChartsTests {
}
