package org.tpiclinic.screening;

import org.tpiclinic.PostgresTest;

@PostgresTest
class SubstancePagesPostgresTests extends SubstancePagesTests {
}
