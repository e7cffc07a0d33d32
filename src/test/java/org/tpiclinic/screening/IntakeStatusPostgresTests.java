package org.tpiclinic.screening;

import org.tpiclinic.PostgresTest;

@PostgresTest
class IntakeStatusPostgresTests extends IntakeStatusTests {
}
