package org.tpiclinic.screening;

import org.tpiclinic.PostgresTest;

@PostgresTest
class ScreeningPostgresTests extends ScreeningTests {
}
