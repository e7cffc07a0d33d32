package org.tpiclinic.screening;

import org.tpiclinic.PostgresTest;

@PostgresTest
class ScreeningPagesPostgresTests extends ScreeningPagesTests {
}
