package org.tpiclinic.screening;

import org.tpiclinic.PostgresTest;

@PostgresTest
class IntakePostgresTests extends IntakeTests {
}
